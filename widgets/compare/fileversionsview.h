#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QDialog>
#include <QFutureWatcher>

#include "common/error.h"
#include "cpio/cpioreader.h"
#include "measure/eifdiff.h"

class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace enclave::ui {

class HexView;

// Both versions of one changed ramdisk file side by side: size, SHA-256, mode and mtime always; a
// line diff for text, the two hex dumps with the first differing bytes marked for binary. The
// bytes come from core (EifDiff::readFile, at most MaxBytes per side) on a worker thread.
class FileVersionsView final : public QDialog {
    Q_OBJECT
public:
    static constexpr qint64 MaxBytes = 4 << 20;

    FileVersionsView(
        const EifDiff &diff, int sectionIndex, const FileChange &change, QWidget *parent = nullptr);
    ~FileVersionsView() override;

    enum class Mode { Loading, Text, Binary, Error };
    Mode mode() const { return m_mode; }
    QString leftText() const;
    QString rightText() const;
    QString statusText() const;
    HexView *leftHex() const { return m_leftHex; }
    HexView *rightHex() const { return m_rightHex; }

Q_SIGNALS:
    void loaded();

private:
    struct Versions {
        Result<std::optional<CpioReader::Content>> left;
        Result<std::optional<CpioReader::Content>> right;
    };
    void onLoaded();
    void showText(const QByteArray &left, const QByteArray &right);
    void showBinary(const QByteArray &left, const QByteArray &right);

    FileChange m_change;
    Mode m_mode = Mode::Loading;
    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_leftEdit = nullptr;
    QPlainTextEdit *m_rightEdit = nullptr;
    HexView *m_leftHex = nullptr;
    HexView *m_rightHex = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Versions> m_watcher;
};

} // namespace enclave::ui
