#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace enclave::agent {
class AgentClient;
}

namespace enclave::ui {

class EifUploader;

// Launches an enclave on the parent: an EIF from the agent's image directory (or a local one
// uploaded first, digest checked by the agent), CPUs, memory, CID, debug mode, name. nitro-cli's
// rules that can be checked here are checked before anything is sent (memory at least 4 x the
// EIF size, free CPUs and memory); its errors come back with their code and what to do.
class LaunchDialog final : public QDialog {
    Q_OBJECT
public:
    explicit LaunchDialog(agent::AgentClient *client, QWidget *parent = nullptr);

    // nitro-cli's E26 rule: at least 4 x the EIF file size, in MiB rounded up.
    static qint64 minimumMemoryMiB(qint64 eifBytes);

    // eif.list and host.info answers (fetched by the dialog itself when a client is set).
    void setImages(const QJsonArray &images);
    void setHostInfo(const QJsonObject &info);
    void selectImage(const QString &name);

    QString selectedImage() const;
    qint64 selectedImageSize() const;
    // Why Launch is disabled (empty when the request may be sent) and softer warnings.
    QString problem() const { return m_problem; }
    QString warning() const { return m_warning; }
    QJsonObject request() const;
    // The run-enclave result after a successful launch.
    QJsonObject result() const { return m_result; }
    QString lastError() const { return m_lastError; }

    QComboBox *imageCombo() const { return m_image; }
    QSpinBox *cpuSpin() const { return m_cpus; }
    QSpinBox *memorySpin() const { return m_memory; }
    QSpinBox *cidSpin() const { return m_cid; }
    QCheckBox *debugBox() const { return m_debug; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *launchButton() const { return m_launch; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    void refreshImages();
    void uploadLocalEif(const QString &path = {});
    void launch();

Q_SIGNALS:
    void launched(const QJsonObject &result, const QString &eifName);
    void imagesLoaded();
    void uploadFinished(const QString &name);
    void launchFailed(const QString &message);

private:
    void validate();
    void suggestMemory();

    QPointer<agent::AgentClient> m_client;
    QComboBox *m_image = nullptr;
    QPushButton *m_upload = nullptr;
    QProgressBar *m_uploadProgress = nullptr;
    QSpinBox *m_cpus = nullptr;
    QSpinBox *m_memory = nullptr;
    QSpinBox *m_cid = nullptr;
    QCheckBox *m_debug = nullptr;
    QLabel *m_debugNote = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_launch = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    EifUploader *m_uploader = nullptr;
    QJsonObject m_hostInfo;
    QString m_problem;
    QString m_warning;
    QString m_lastError;
    QJsonObject m_result;
    bool m_launching = false;
    bool m_memoryTouched = false;
};

} // namespace enclave::ui
