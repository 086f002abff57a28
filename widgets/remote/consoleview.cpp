#include "remote/consoleview.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include "agent/agentclient.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

ConsoleView::ConsoleView(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setReadOnly(true);
    m_edit->setUndoRedoEnabled(false);
    // Wrapped, not NoWrap: with NoWrap the layout recomputes the widest line over the whole
    // document whenever old lines are evicted, which makes every frame cost O(scrollback).
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setMaximumBlockCount(m_maxLines + 1);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setObjectName(u"consoleText"_s);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search (Enter: next, Shift+Enter: previous)"));
    m_search->setClearButtonEnabled(true);
    auto *prev = new QToolButton(this);
    prev->setText(tr("Previous"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    m_followBox = new QCheckBox(tr("Follow"), this);
    m_followBox->setChecked(true);
    m_followBox->setToolTip(tr("Keep the newest line in view"));
    m_pauseButton = new QToolButton(this);
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolTip(
        tr("Stop showing new output (it is kept and shown on resume, within the scrollback bound)"));
    auto *save = new QToolButton(this);
    save->setText(tr("Save…"));
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(prev);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_followBox);
    bar->addWidget(m_pauseButton);
    bar->addWidget(save);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::returnPressed, this,
        [this] { find(m_search->text(), QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    connect(next, &QToolButton::clicked, this, [this] { find(m_search->text(), false); });
    connect(prev, &QToolButton::clicked, this, [this] { find(m_search->text(), true); });
    connect(m_pauseButton, &QToolButton::toggled, this, &ConsoleView::setPaused);
    connect(m_followBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_edit->verticalScrollBar()->setValue(m_edit->verticalScrollBar()->maximum());
    });
    connect(save, &QToolButton::clicked, this, &ConsoleView::saveDialog);
    connect(clear, &QToolButton::clicked, m_edit, &QPlainTextEdit::clear);
    // Scrolling up to read stops following; scrolling back to the end resumes it.
    connect(m_edit->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        const bool atEnd = value >= m_edit->verticalScrollBar()->maximum();
        if (m_edit->verticalScrollBar()->isSliderDown())
            m_followBox->setChecked(atEnd);
    });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_renderTimer.setInterval(RenderIntervalMs);
    connect(&m_renderTimer, &QTimer::timeout, this, [this] { render(RenderBudgetMs); });
    updateStatus();
}

ConsoleView::~ConsoleView()
{
    if (m_client && !m_enclaveId.isEmpty())
        m_client->unsubscribeConsole(m_enclaveId);
}

void ConsoleView::attach(agent::AgentClient *client, const QString &enclaveId)
{
    m_client = client;
    m_enclaveId = enclaveId;
    connect(client, &agent::AgentClient::consoleData, this,
        [this](const QString &id, qint64, const QByteArray &bytes) {
            if (id == m_enclaveId)
                appendBytes(bytes);
        });
    connect(client, &agent::AgentClient::consoleGap, this, [this](const QString &id, qint64 from, qint64 to) {
        if (id == m_enclaveId)
            appendNotice(tr("%1 bytes of console output were lost: the agent's buffer no longer held them")
                             .arg(to - from));
    });
    connect(
        client, &agent::AgentClient::consoleClosed, this, [this](const QString &id, const QString &reason) {
            if (id != m_enclaveId)
                return;
            m_closed = true;
            appendNotice(tr("console closed: %1").arg(reason));
            updateStatus();
            Q_EMIT closed(reason);
        });
    connect(client, &agent::AgentClient::stateChanged, this, [this](agent::AgentClient::State s) {
        switch (s) {
        case agent::AgentClient::State::Reconnecting:
            m_stateNote = tr("connection lost; reconnecting, will resume at byte %1")
                              .arg(m_client ? m_client->consoleNextSeq(m_enclaveId) : 0);
            break;
        case agent::AgentClient::State::Connected:
            m_stateNote.clear();
            break;
        case agent::AgentClient::State::Disconnected:
            m_stateNote = tr("disconnected");
            break;
        case agent::AgentClient::State::Connecting:
            break;
        }
        updateStatus();
    });
    client->subscribeConsole(enclaveId, 0);
    updateStatus();
}

void ConsoleView::appendBytes(const QByteArray &bytes)
{
    // Only a copy here: decoding, colours and layout happen in the render slices, so a burst of
    // data never holds the event loop for longer than it takes to append bytes.
    m_bytes += bytes.size();
    m_raw += bytes;
    m_rawNewlines += bytes.count('\n');
    trimPending();
    if (!m_renderTimer.isActive() && !m_paused)
        m_renderTimer.start();
}

void ConsoleView::trimPending()
{
    // More lines waiting than the scrollback holds: everything older than the last maximumLines
    // lines (what is parsed and queued, then raw lines) would scroll out unseen; skip it.
    const qint64 excess = m_rawNewlines - m_maxLines;
    bool cut = false;
    if (excess > 0) {
        m_skippedLines += m_queuedNewlines;
        m_queue.clear();
        m_queuedChars = 0;
        m_queuedNewlines = 0;
        qsizetype pos = m_rawPos - 1;
        for (qint64 k = 0; k < excess; ++k)
            pos = m_raw.indexOf('\n', pos + 1);
        m_rawPos = pos + 1;
        m_rawNewlines -= excess;
        m_skippedLines += excess;
        cut = true;
    }
    if (m_raw.size() - m_rawPos > MaxPendingBytes) {
        // A flood without line ends: keep the newest half.
        const qsizetype drop = m_raw.size() - m_rawPos - MaxPendingBytes / 2;
        m_rawNewlines -= QByteArrayView(m_raw).sliced(m_rawPos, drop).count('\n');
        m_rawPos += drop;
        cut = true;
    }
    if (cut)
        m_decoder.resetState(); // it may hold half a UTF-8 sequence of what was dropped
    if (m_rawPos > (1 << 20) && m_rawPos > m_raw.size() / 2) {
        m_raw.remove(0, m_rawPos);
        m_rawPos = 0;
    }
}

bool ConsoleView::parsePending(qsizetype maxBytes)
{
    const qsizetype available = m_raw.size() - m_rawPos;
    if (available <= 0)
        return false;
    qsizetype n = available;
    if (maxBytes >= 0 && n > maxBytes) {
        // Cut after a line end when there is one, so colours and UTF-8 rarely straddle chunks.
        const qsizetype nl = m_raw.lastIndexOf('\n', m_rawPos + maxBytes - 1);
        n = nl >= m_rawPos ? nl + 1 - m_rawPos : maxBytes;
    }
    const QByteArrayView chunk = QByteArrayView(m_raw).sliced(m_rawPos, n);
    m_rawNewlines -= chunk.count('\n');
    const QString text = m_decoder.decode(chunk);
    m_rawPos += n;
    if (m_rawPos == m_raw.size()) {
        m_raw.clear();
        m_rawPos = 0;
    }
    enqueue(m_parser.feed(text));
    return true;
}

void ConsoleView::appendNotice(const QString &text)
{
    parsePending(-1); // keep the notice after the output that came before it
    QTextCharFormat f;
    f.setForeground(QColor(0x88, 0x88, 0x88));
    f.setFontItalic(true);
    QList<AnsiParser::Segment> segs;
    // Start on a fresh line unless the console output ended with one.
    const bool needNewline = !m_queue.empty() ? !m_queue.back().text.endsWith(u'\n')
                                              : !m_edit->document()->lastBlock().text().isEmpty();
    segs.append({ (needNewline ? u"\n"_s : QString()) + u"[enclave-studio] "_s + text + u'\n', f });
    enqueue(segs);
}

void ConsoleView::enqueue(const QList<AnsiParser::Segment> &input)
{
    QList<AnsiParser::Segment> segments;
    segments.reserve(input.size());
    for (const AnsiParser::Segment &in : input) {
        // Break lines longer than MaxLineChars.
        const qsizetype lastNl = in.text.lastIndexOf(u'\n');
        const qsizetype firstNl = in.text.indexOf(u'\n');
        const qsizetype head = firstNl < 0 ? in.text.size() : firstNl;
        const qsizetype tail = lastNl < 0 ? in.text.size() : in.text.size() - lastNl - 1;
        bool tooLong = m_lineChars + head > MaxLineChars || tail > MaxLineChars;
        for (qsizetype from = firstNl; !tooLong && from >= 0 && from < lastNl;) {
            const qsizetype next = in.text.indexOf(u'\n', from + 1);
            tooLong = next - from - 1 > MaxLineChars;
            from = next;
        }
        if (!tooLong) {
            m_lineChars = lastNl < 0 ? m_lineChars + in.text.size() : tail;
            segments.append(in);
            continue;
        }
        QString out;
        out.reserve(in.text.size() + in.text.size() / MaxLineChars + 1);
        for (QChar c : in.text) {
            if (c == u'\n') {
                m_lineChars = 0;
            } else if (m_lineChars >= MaxLineChars) {
                out += u'\n';
                m_lineChars = 0;
            }
            out += c;
            if (c != u'\n')
                ++m_lineChars;
        }
        segments.append({ out, in.format });
    }
    for (const AnsiParser::Segment &s : std::as_const(segments)) {
        if (s.text.isEmpty())
            continue;
        m_queuedChars += s.text.size();
        m_queuedNewlines += s.text.count(u'\n');
        if (!m_queue.empty() && m_queue.back().format == s.format && m_queue.back().text.size() < 65536)
            m_queue.back().text += s.text;
        else
            m_queue.push_back(s);
    }
    trimQueue();
    if (!m_renderTimer.isActive() && !m_paused)
        m_renderTimer.start();
}

void ConsoleView::trimQueue()
{
    // More queued lines than the scrollback holds: the older ones would scroll out unseen, so skip
    // them instead of spending time laying them out. What the view shows now is evicted by the
    // document's own bound, slice by slice (a clear() of a full document stalls for tens of ms).
    qint64 excess = m_queuedNewlines - m_maxLines;
    while (!m_queue.empty() && (excess > 0 || m_queuedChars > MaxQueuedChars)) {
        AnsiParser::Segment &s = m_queue.front();
        const qsizetype lines = s.text.count(u'\n');
        if ((excess > 0 && lines <= excess) || (excess <= 0 && m_queuedChars > MaxQueuedChars)) {
            excess -= lines;
            m_queuedNewlines -= lines;
            m_skippedLines += lines;
            m_queuedChars -= s.text.size();
            m_queue.pop_front();
            continue;
        }
        qsizetype pos = -1;
        for (qint64 k = 0; k < excess; ++k)
            pos = s.text.indexOf(u'\n', pos + 1);
        s.text.remove(0, pos + 1);
        m_queuedChars -= pos + 1;
        m_queuedNewlines -= excess;
        m_skippedLines += excess;
        excess = 0;
    }
}

void ConsoleView::render(int budgetMs)
{
    if (m_paused) {
        m_renderTimer.stop();
        updateStatus();
        return;
    }
    if (m_queue.empty() && pendingBytes() == 0) {
        m_renderTimer.stop();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    QScrollBar *bar = m_edit->verticalScrollBar();
    const bool follow = m_followBox->isChecked();
    const int oldValue = bar->value();
    QTextCursor cursor(m_edit->document());
    cursor.movePosition(QTextCursor::End);
    // Slices of up to SliceChars characters, cut at a line end when there is one, until the budget
    // is spent. Each slice is its own edit block: the layout (and the eviction of the oldest
    // lines) happens when a block ends, so that cost is inside the budget too.
    while (budgetMs < 0 || clock.elapsed() < budgetMs) {
        if (m_queue.empty() && !parsePending(ParseChunkBytes))
            break;
        if (m_queue.empty())
            continue;
        AnsiParser::Segment &s = m_queue.front();
        qsizetype take = s.text.size();
        if (take > SliceChars) {
            const qsizetype nl = s.text.lastIndexOf(u'\n', SliceChars - 1);
            take = nl >= 0 ? nl + 1 : SliceChars;
        }
        const QString part = take == s.text.size() ? s.text : s.text.left(take);
        cursor.beginEditBlock();
        cursor.insertText(part, s.format);
        cursor.endEditBlock();
        m_queuedChars -= part.size();
        m_queuedNewlines -= part.count(u'\n');
        if (take == s.text.size())
            m_queue.pop_front();
        else
            s.text.remove(0, take);
    }
    if (follow)
        bar->setValue(bar->maximum());
    else
        bar->setValue(qMin(oldValue, bar->maximum()));
    if (m_queue.empty() && pendingBytes() == 0)
        m_renderTimer.stop();
    updateStatus();
    Q_EMIT rendered();
}

void ConsoleView::flush()
{
    const bool paused = m_paused;
    m_paused = false;
    render(-1);
    m_paused = paused;
}

void ConsoleView::setMaximumLines(int lines)
{
    m_maxLines = qMax(100, lines);
    m_edit->setMaximumBlockCount(m_maxLines + 1); // + the empty block after the last newline
    trimQueue();
}

void ConsoleView::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (m_pauseButton->isChecked() != paused)
        m_pauseButton->setChecked(paused);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused && (!m_queue.empty() || pendingBytes() > 0))
        m_renderTimer.start();
    updateStatus();
}

void ConsoleView::setFollow(bool follow)
{
    m_followBox->setChecked(follow);
}

bool ConsoleView::isFollowing() const
{
    return m_followBox->isChecked();
}

bool ConsoleView::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags
        = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_edit->find(text, flags)) {
        m_followBox->setChecked(false);
        return true;
    }
    // Wrap around once.
    QTextCursor c(m_edit->document());
    c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    const QTextCursor saved = m_edit->textCursor();
    m_edit->setTextCursor(c);
    if (m_edit->find(text, flags)) {
        m_followBox->setChecked(false);
        return true;
    }
    m_edit->setTextCursor(saved);
    return false;
}

bool ConsoleView::saveTo(const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(m_edit->toPlainText().toUtf8());
    if (!m_edit->toPlainText().endsWith(u'\n'))
        f.write("\n");
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void ConsoleView::saveDialog()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save console"), u"console.log"_s, tr("Text (*.log *.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save console"), tr("Could not save %1: %2").arg(path, error));
}

void ConsoleView::updateStatus()
{
    QStringList parts;
    if (!m_enclaveId.isEmpty())
        parts << m_enclaveId;
    parts << tr("%1 bytes received").arg(m_bytes);
    parts << tr("%1 lines shown").arg(m_edit->document()->blockCount());
    if (m_skippedLines > 0)
        parts << tr("%1 older lines skipped (scrollback holds %2)").arg(m_skippedLines).arg(m_maxLines);
    if (m_paused)
        parts << tr("paused, %1 lines waiting").arg(m_queuedNewlines + m_rawNewlines);
    if (m_closed)
        parts << tr("console ended");
    if (!m_stateNote.isEmpty())
        parts << m_stateNote;
    m_status->setText(parts.join(u" · "_s));
}

} // namespace enclave::ui
