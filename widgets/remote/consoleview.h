#pragma once

#include <deque>

#include <QElapsedTimer>
#include <QPointer>
#include <QStringDecoder>
#include <QTimer>
#include <QWidget>

#include "remote/ansiparser.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace enclave::agent {
class AgentClient;
}

namespace enclave::ui {

// One enclave's console: history from boot, then live. Bytes are decoded (UTF-8 across chunk
// boundaries), parsed for ANSI colours and queued; a timer renders the queue in slices of a few
// milliseconds, so any output rate leaves the event loop responsive. Scrollback is bounded
// (maximumLines); queued lines that would scroll out before being seen are skipped. The
// AgentClient delivers each console byte once, in order, across reconnects; gaps the agent
// could not fill and the console's end are shown as marked lines.
class ConsoleView final : public QWidget {
    Q_OBJECT
public:
    static constexpr int DefaultMaximumLines = 20000;
    static constexpr int RenderIntervalMs = 40;
    static constexpr int RenderBudgetMs = 6;
    static constexpr qsizetype SliceChars = 2048;
    static constexpr qsizetype MaxQueuedChars = 8 << 20;
    // Raw bytes waiting to be decoded (a flood without line ends is cut here).
    static constexpr qsizetype MaxPendingBytes = 8 << 20;
    static constexpr qsizetype ParseChunkBytes = 16384;
    // Longer lines are broken here: laying out one huge line would stall the view.
    static constexpr qsizetype MaxLineChars = 4096;

    explicit ConsoleView(QWidget *parent = nullptr);
    ~ConsoleView() override;

    // Follows enclaveId's console through client from the oldest byte the agent kept.
    void attach(agent::AgentClient *client, const QString &enclaveId);
    QString enclaveId() const { return m_enclaveId; }

    void appendBytes(const QByteArray &bytes);
    // A line of our own (gap, reconnect, end of console), shown distinctly.
    void appendNotice(const QString &text);

    void setMaximumLines(int lines);
    int maximumLines() const { return m_maxLines; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setFollow(bool follow);
    bool isFollowing() const;
    // Selects the next (or previous) match, wrapping around; false when there is none.
    bool find(const QString &text, bool backwards = false);
    bool saveTo(const QString &path, QString *error = nullptr);

    // Renders everything queued now (tests, benchmarks).
    void flush();
    QPlainTextEdit *editor() const { return m_edit; }
    qint64 bytesReceived() const { return m_bytes; }
    qint64 skippedLines() const { return m_skippedLines; }
    qsizetype queuedChars() const { return m_queuedChars; }
    qsizetype pendingBytes() const { return m_raw.size() - m_rawPos; }
    bool isClosed() const { return m_closed; }

Q_SIGNALS:
    void rendered();
    void closed(const QString &reason);

private:
    void enqueue(const QList<AnsiParser::Segment> &segments);
    void trimPending();
    bool parsePending(qsizetype maxBytes);
    void trimQueue();
    void render(int budgetMs);
    void updateStatus();
    void saveDialog();

    QPlainTextEdit *m_edit = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_followBox = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_renderTimer;

    QPointer<agent::AgentClient> m_client;
    QString m_enclaveId;
    QStringDecoder m_decoder { QStringDecoder::Utf8 };
    AnsiParser m_parser;
    std::deque<AnsiParser::Segment> m_queue;
    qsizetype m_queuedChars = 0;
    qint64 m_queuedNewlines = 0;
    QByteArray m_raw; // bytes received, not yet decoded (from m_rawPos on)
    qsizetype m_rawPos = 0;
    qint64 m_rawNewlines = 0;
    qsizetype m_lineChars = 0; // characters queued or shown since the last line end
    int m_maxLines = DefaultMaximumLines;
    bool m_paused = false;
    bool m_closed = false;
    qint64 m_bytes = 0;
    qint64 m_skippedLines = 0;
    QString m_stateNote;
};

} // namespace enclave::ui
