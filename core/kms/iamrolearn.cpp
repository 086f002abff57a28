#include "iamrolearn.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace enclave {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IamRoleArn)
};
} // namespace

Result<IamRoleArn> IamRoleArn::parse(const QString &text)
{
    // IAM limits: role name 1..64 of [\w+=,.@-], path 1..512 starting and ending with '/',
    // partition one of the three AWS partitions, account exactly 12 digits.
    static const QRegularExpression re(QStringLiteral("^arn:(aws|aws-cn|aws-us-gov):iam::([0-9]{12}):role(/"
                                                      "(?:[\\x21-\\x7e]*/)?)([A-Za-z0-9+=,.@_-]{1,64})$"));
    if (text.isEmpty())
        return makeError(Error::Code::Usage, Tr::tr("the principal ARN is empty"));
    if (text != text.trimmed())
        return makeError(Error::Code::Usage, Tr::tr("the principal ARN has leading or trailing spaces"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        if (text.contains(u":assumed-role/"))
            return makeError(Error::Code::Usage,
                Tr::tr("'%1' is an STS assumed-role session ARN; key policies need the IAM role ARN "
                       "(arn:aws:iam::ACCOUNT:role/NAME)")
                    .arg(text));
        return makeError(Error::Code::Usage,
            Tr::tr("'%1' is not an IAM role ARN (expected arn:aws:iam::<12-digit account>:role/<name>)")
                .arg(text));
    }
    const QString path = m.captured(3);
    if (path.size() > 512)
        return makeError(
            Error::Code::Usage, Tr::tr("the role path of '%1' is longer than 512 characters").arg(text));
    IamRoleArn arn;
    arn.m_text = text;
    arn.m_partition = m.captured(1);
    arn.m_account = m.captured(2);
    arn.m_path = path;
    arn.m_name = m.captured(4);
    return arn;
}

QString IamRoleArn::accountRootArn() const
{
    return QStringLiteral("arn:%1:iam::%2:root").arg(m_partition, m_account);
}

} // namespace enclave
