#include "compare/fileversionsview.h"

#include <algorithm>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/hex.h"
#include "common/linediff.h"
#include "inspector/bufferbytesource.h"
#include "inspector/hexview.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent, bool mono = false)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (mono)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QPlainTextEdit *textPane(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

// Kinds of aligned rows in the text panes.
enum class RowKind { Same, Removed, Added, Filler };

void paintRows(QPlainTextEdit *edit, const QList<RowKind> &kinds)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = edit->document()->firstBlock();
    for (RowKind k : kinds) {
        if (!block.isValid())
            break;
        QColor colour;
        switch (k) {
        case RowKind::Removed:
            colour = QColor(220, 50, 47, 70);
            break;
        case RowKind::Added:
            colour = QColor(40, 160, 60, 70);
            break;
        case RowKind::Filler:
            colour = QColor(128, 128, 128, 40);
            break;
        case RowKind::Same:
            break;
        }
        if (colour.isValid()) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(block);
            s.format.setBackground(colour);
            s.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(s);
        }
        block = block.next();
    }
    edit->setExtraSelections(selections);
}

void syncScrolling(QAbstractScrollArea *a, QAbstractScrollArea *b)
{
    QObject::connect(
        a->verticalScrollBar(), &QScrollBar::valueChanged, b->verticalScrollBar(), &QScrollBar::setValue);
    QObject::connect(
        b->verticalScrollBar(), &QScrollBar::valueChanged, a->verticalScrollBar(), &QScrollBar::setValue);
}

} // namespace

FileVersionsView::FileVersionsView(
    const EifDiff &diff, int sectionIndex, const FileChange &change, QWidget *parent)
    : QDialog(parent)
    , m_change(change)
{
    setObjectName(u"fileVersionsView"_s);
    setWindowTitle(tr("%1: both versions").arg(change.path()));
    resize(1100, 700);
    setSizeGripEnabled(true);

    auto *title = valueLabel(change.path(), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    // What the diff already knows, shown before (and whatever) the bytes say.
    auto *facts = new QGridLayout;
    facts->addWidget(valueLabel(QFileInfo(diff.leftPath()).fileName(), this), 0, 1);
    facts->addWidget(valueLabel(QFileInfo(diff.rightPath()).fileName(), this), 0, 2);
    const QString rows[] = { tr("Size:"), tr("SHA-256:"), tr("Mode:"), tr("Modified:") };
    for (int r = 0; r < 4; ++r)
        facts->addWidget(new QLabel(rows[r], this), r + 1, 0);
    const std::optional<CpioEntry> sides[2] = { change.left, change.right };
    for (int c = 0; c < 2; ++c) {
        const std::optional<CpioEntry> &e = sides[c];
        if (!e) {
            facts->addWidget(valueLabel(tr("(absent: the file is only in the other image)"), this), 1, c + 1);
            continue;
        }
        facts->addWidget(valueLabel(tr("%1 bytes").arg(QLocale().toString(e->size)), this), 1, c + 1);
        facts->addWidget(
            valueLabel(e->sha256.isEmpty() ? tr("(not hashed)") : hex::encode(e->sha256), this, true), 2,
            c + 1);
        facts->addWidget(
            valueLabel(CpioEntry::modeString(e->mode) + u"  %1:%2"_s.arg(e->uid).arg(e->gid), this, true), 3,
            c + 1);
        facts->addWidget(
            valueLabel(QDateTime::fromSecsSinceEpoch(e->mtime, Qt::UTC).toString(Qt::ISODate), this), 4,
            c + 1);
    }
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(2, 1);

    m_status = new QLabel(tr("Reading both versions..."), this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    auto *textPage = new QWidget(m_stack);
    auto *textRow = new QHBoxLayout(textPage);
    textRow->setContentsMargins(0, 0, 0, 0);
    m_leftEdit = textPane(textPage, u"leftText"_s);
    m_rightEdit = textPane(textPage, u"rightText"_s);
    textRow->addWidget(m_leftEdit);
    textRow->addWidget(m_rightEdit);
    syncScrolling(m_leftEdit, m_rightEdit);
    auto *hexPage = new QWidget(m_stack);
    auto *hexRow = new QHBoxLayout(hexPage);
    hexRow->setContentsMargins(0, 0, 0, 0);
    m_leftHex = new HexView(hexPage);
    m_rightHex = new HexView(hexPage);
    m_leftHex->setObjectName(u"leftHex"_s);
    m_rightHex->setObjectName(u"rightHex"_s);
    hexRow->addWidget(m_leftHex);
    hexRow->addWidget(m_rightHex);
    syncScrolling(m_leftHex, m_rightHex);
    m_stack->addWidget(textPage);
    m_stack->addWidget(hexPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(facts);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);

    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const QByteArray path = change.rawPath;
    connect(&m_watcher, &QFutureWatcher<Versions>::finished, this, &FileVersionsView::onLoaded);
    m_watcher.setFuture(QtConcurrent::run([diff, sectionIndex, path, cancel] {
        Versions v { diff.readFile(sectionIndex, EifDiff::Image::Left, path, MaxBytes, cancel.get()),
            diff.readFile(sectionIndex, EifDiff::Image::Right, path, MaxBytes, cancel.get()) };
        return v;
    }));
}

FileVersionsView::~FileVersionsView()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

QString FileVersionsView::leftText() const
{
    return m_leftEdit->toPlainText();
}

QString FileVersionsView::rightText() const
{
    return m_rightEdit->toPlainText();
}

QString FileVersionsView::statusText() const
{
    return m_status->text();
}

void FileVersionsView::onLoaded()
{
    const Versions v = m_watcher.result();
    for (const auto *side : { &v.left, &v.right }) {
        if (!*side) {
            m_mode = Mode::Error;
            m_status->setText(tr("Cannot read the file: %1").arg(side->error().toString()));
            Q_EMIT loaded();
            return;
        }
    }
    const QByteArray left = *v.left ? (*v.left)->data : QByteArray();
    const QByteArray right = *v.right ? (*v.right)->data : QByteArray();
    const bool truncated = (*v.left && (*v.left)->truncated) || (*v.right && (*v.right)->truncated);
    if (LineDiff::isText(left) && LineDiff::isText(right))
        showText(left, right);
    else
        showBinary(left, right);
    if (truncated)
        m_status->setText(m_status->text() + u' '
            + tr("(only the first %1 bytes of each version are shown)").arg(QLocale().toString(MaxBytes)));
    Q_EMIT loaded();
}

void FileVersionsView::showText(const QByteArray &left, const QByteArray &right)
{
    m_mode = Mode::Text;
    const QList<LineDiff::Line> diff
        = LineDiff::compare(LineDiff::splitLines(left), LineDiff::splitLines(right));
    QStringList l, r;
    QList<RowKind> lk, rk;
    auto numbered = [](int n, const QString &text) -> QString { return u"%1  "_s.arg(n, 5) + text; };
    for (qsizetype i = 0; i < diff.size();) {
        if (diff.at(i).op == LineDiff::Op::Equal) {
            l.append(numbered(diff.at(i).leftNumber, diff.at(i).text));
            r.append(numbered(diff.at(i).rightNumber, diff.at(i).text));
            lk.append(RowKind::Same);
            rk.append(RowKind::Same);
            ++i;
            continue;
        }
        // A run of removed and added lines: shown in parallel rows, the shorter side padded.
        QList<const LineDiff::Line *> removed, added;
        for (; i < diff.size() && diff.at(i).op != LineDiff::Op::Equal; ++i)
            (diff.at(i).op == LineDiff::Op::Removed ? removed : added).append(&diff.at(i));
        for (qsizetype k = 0; k < std::max(removed.size(), added.size()); ++k) {
            if (k < removed.size()) {
                l.append(numbered(removed.at(k)->leftNumber, removed.at(k)->text));
                lk.append(RowKind::Removed);
            } else {
                l.append(QString());
                lk.append(RowKind::Filler);
            }
            if (k < added.size()) {
                r.append(numbered(added.at(k)->rightNumber, added.at(k)->text));
                rk.append(RowKind::Added);
            } else {
                r.append(QString());
                rk.append(RowKind::Filler);
            }
        }
    }
    m_leftEdit->setPlainText(l.join(u'\n'));
    m_rightEdit->setPlainText(r.join(u'\n'));
    paintRows(m_leftEdit, lk);
    paintRows(m_rightEdit, rk);
    m_stack->setCurrentIndex(0);
    const int removedCount = LineDiff::count(diff, LineDiff::Op::Removed);
    const int addedCount = LineDiff::count(diff, LineDiff::Op::Added);
    m_status->setText(removedCount + addedCount == 0
            ? tr("Text: the lines are identical (the difference is in the file's metadata).")
            : tr("Text: %1 lines removed, %2 lines added.").arg(removedCount).arg(addedCount));
}

void FileVersionsView::showBinary(const QByteArray &left, const QByteArray &right)
{
    m_mode = Mode::Binary;
    m_leftHex->setSource(std::make_shared<BufferByteSource>(left));
    m_rightHex->setSource(std::make_shared<BufferByteSource>(right));
    m_stack->setCurrentIndex(1);
    const qsizetype common = std::min(left.size(), right.size());
    qsizetype first = -1;
    qsizetype differing = std::max(left.size(), right.size()) - common;
    for (qsizetype i = 0; i < common; ++i) {
        if (left.at(i) != right.at(i)) {
            if (first < 0)
                first = i;
            ++differing;
        }
    }
    if (first < 0 && left.size() != right.size())
        first = common;
    if (first < 0) {
        m_status->setText(tr("Binary: the bytes are identical (the difference is in the file's metadata)."));
        return;
    }
    // Mark the first run of differing bytes on both sides.
    qsizetype end = first;
    while (end < std::max(left.size(), right.size()) && (end >= common || left.at(end) != right.at(end)))
        ++end;
    m_leftHex->markField(
        first, std::min<qsizetype>(end, left.size()) - std::min<qsizetype>(first, left.size()));
    m_rightHex->markField(
        first, std::min<qsizetype>(end, right.size()) - std::min<qsizetype>(first, right.size()));
    m_status->setText(tr("Binary: %1 bytes differ; the first difference is at offset 0x%2 (marked).")
                          .arg(QLocale().toString(qint64(differing)))
                          .arg(QString::number(first, 16)));
}

} // namespace enclave::ui
