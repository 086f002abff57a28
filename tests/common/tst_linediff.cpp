#include <QTest>

#include "common/linediff.h"

using namespace enclave;
using namespace Qt::StringLiterals;

namespace {

// "=a -b +c" notation: one token per diff line.
QString render(const QList<LineDiff::Line> &diff)
{
    QStringList out;
    for (const LineDiff::Line &l : diff) {
        const QChar op = l.op == LineDiff::Op::Equal ? u'=' : l.op == LineDiff::Op::Removed ? u'-' : u'+';
        out.append(op + l.text);
    }
    return out.join(u' ');
}

QStringList lines(const QString &spaceSeparated)
{
    return spaceSeparated.isEmpty() ? QStringList() : spaceSeparated.split(u' ');
}

} // namespace

class TestLineDiff final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equal") << u"a b c"_s << u"a b c"_s << u"=a =b =c"_s;
        QTest::newRow("both empty") << QString() << QString() << QString();
        QTest::newRow("all added") << QString() << u"a b"_s << u"+a +b"_s;
        QTest::newRow("all removed") << u"a b"_s << QString() << u"-a -b"_s;
        QTest::newRow("one changed line") << u"a b c"_s << u"a x c"_s << u"=a -b +x =c"_s;
        QTest::newRow("insert in middle") << u"a c"_s << u"a b c"_s << u"=a +b =c"_s;
        QTest::newRow("delete at end") << u"a b c"_s << u"a b"_s << u"=a =b -c"_s;
        QTest::newRow("moved line") << u"a b c d"_s << u"b c d a"_s << u"-a =b =c =d +a"_s;
        QTest::newRow("common inside") << u"x a y b z"_s << u"p a q b r"_s << u"-x +p =a -y +q =b -z +r"_s;
    }
    void compare()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, expected);
        const auto diff = LineDiff::compare(lines(left), lines(right));
        QCOMPARE(render(diff), expected);
        // Line numbers walk each side in order.
        int l = 0, r = 0;
        for (const LineDiff::Line &line : diff) {
            if (line.op != LineDiff::Op::Added)
                QCOMPARE(line.leftNumber, ++l);
            if (line.op != LineDiff::Op::Removed)
                QCOMPARE(line.rightNumber, ++r);
        }
        QCOMPARE(l, lines(left).size());
        QCOMPARE(r, lines(right).size());
    }

    // Beyond the table bound the middle is one removed block and one added block, quickly.
    void boundedForHugeInputs()
    {
        QStringList a, b;
        for (int i = 0; i < 5000; ++i) {
            a.append(u"left %1"_s.arg(i));
            b.append(u"right %1"_s.arg(i));
        }
        a.prepend(u"head"_s);
        b.prepend(u"head"_s);
        const auto diff = LineDiff::compare(a, b);
        QCOMPARE(diff.size(), 1 + 5000 + 5000);
        QCOMPARE(diff.first().op, LineDiff::Op::Equal);
        QCOMPARE(LineDiff::count(diff, LineDiff::Op::Removed), 5000);
        QCOMPARE(LineDiff::count(diff, LineDiff::Op::Added), 5000);
        QCOMPARE(diff.at(1).op, LineDiff::Op::Removed);
        QCOMPARE(diff.last().op, LineDiff::Op::Added);
    }

    void isText_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("text");
        QTest::newRow("ascii") << QByteArray("hello\n") << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("utf-8") << QByteArray("gr\xc3\xbc\xc3\x9f") << true;
        QTest::newRow("nul") << QByteArray("a\0b", 3) << false;
        QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe") << false;
        QTest::newRow("elf") << QByteArray("\x7f"
                                           "ELF\x02\x01\x01\0",
            8) << false;
    }
    void isText()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, text);
        QCOMPARE(LineDiff::isText(data), text);
    }

    void splitLines_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("final newline") << QByteArray("a\nb\n") << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("no final newline") << QByteArray("a\nb") << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("empty") << QByteArray() << QStringList();
        QTest::newRow("blank line kept")
            << QByteArray("a\n\nb\n") << QStringList { u"a"_s, QString(), u"b"_s };
    }
    void splitLines()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, expected);
        QCOMPARE(LineDiff::splitLines(data), expected);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
