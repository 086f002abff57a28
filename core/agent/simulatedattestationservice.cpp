#include "agent/simulatedattestationservice.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include "crypto/digest.h"

namespace enclave::agent {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SimulatedAttestationService)
};

constexpr qsizetype kMaxRequestBytes = 8 * 1024;

// One accepted connection: feeds the responder until it answers, writes the answer, closes.
class Connection final : public QObject {
public:
    Connection(
        int fd, AttestationEndpoint::Kind kind, SimulatorAttestationResponder::Signer signer, QObject *parent)
        : QObject(parent)
        , m_fd(fd)
        , m_responder(kind, std::move(signer))
        , m_read(qintptr(fd), QSocketNotifier::Read)
        , m_write(qintptr(fd), QSocketNotifier::Write)
    {
        m_write.setEnabled(false);
        connect(&m_read, &QSocketNotifier::activated, this, [this] { onReadable(); });
        connect(&m_write, &QSocketNotifier::activated, this, [this] { flush(); });
    }
    ~Connection() override
    {
        m_read.setEnabled(false);
        m_write.setEnabled(false);
        ::close(m_fd);
    }

private:
    void onReadable()
    {
        char buf[4096];
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
            deleteLater();
            return;
        }
        if (n < 0)
            return;
        m_received += n;
        if (m_received > kMaxRequestBytes) {
            deleteLater();
            return;
        }
        if (auto answer = m_responder.feed(QByteArrayView(buf, n))) {
            m_read.setEnabled(false);
            m_out = *answer;
            flush();
        }
    }
    void flush()
    {
        while (!m_out.isEmpty()) {
            const ssize_t n = ::send(m_fd, m_out.constData(), size_t(m_out.size()), MSG_NOSIGNAL);
            if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
                m_write.setEnabled(true);
                return;
            }
            if (n <= 0)
                break;
            m_out.remove(0, n);
        }
        deleteLater(); // answered (or the peer went away): close
    }

    int m_fd;
    SimulatorAttestationResponder m_responder;
    QSocketNotifier m_read;
    QSocketNotifier m_write;
    QByteArray m_out;
    qint64 m_received = 0;
};

QByteArray extendFromZero(const QByteArray &data)
{
    const QByteArray measured = Digest::sha384(data);
    return Digest::sha384(QByteArray(QByteArray(48, '\0') + measured));
}

} // namespace

struct SimulatedAttestationService::Listener {
    int fd = -1;
    AttestationEndpoint::Kind kind = AttestationEndpoint::Kind::Raw;
    QString path;
    QSocketNotifier *notifier = nullptr;
};

SimulatedAttestationService::SimulatedAttestationService(QObject *parent)
    : QObject(parent)
{
}

SimulatedAttestationService::~SimulatedAttestationService()
{
    closeAll();
}

void SimulatedAttestationService::closeAll()
{
    for (Listener *l : std::as_const(m_listeners)) {
        delete l->notifier;
        ::close(l->fd);
        QFile::remove(l->path);
        delete l;
    }
    m_listeners.clear();
}

Measurements SimulatedAttestationService::simulatedPcrs(const Measurements &image, bool debugMode)
{
    Measurements pcrs;
    for (int i = 0; i < 16; ++i)
        pcrs.insert(i, QByteArray(48, '\0'));
    if (debugMode)
        return pcrs;
    for (int i : { 0, 1, 2, 8 }) {
        if (image.contains(i))
            pcrs.insert(i, image.value(i));
    }
    pcrs.insert(3, extendFromZero("arn:aws:iam::123456789012:role/enclave-studio-simulator"));
    pcrs.insert(4, extendFromZero("i-00000000000000000"));
    return pcrs;
}

Result<void> SimulatedAttestationService::start(const Config &config)
{
    m_config = config;
    if (auto pki = SimulatorAttestationPki::loadOrCreate(config.pkiDir); !pki)
        return std::unexpected(pki.error());
    for (const auto &[port, kind] : { std::pair { config.rawPort, AttestationEndpoint::Kind::Raw },
             std::pair { config.httpPort, AttestationEndpoint::Kind::Http } }) {
        if (port == 0)
            continue;
        auto *l = new Listener;
        l->kind = kind;
        l->path = QStringLiteral("%1/%2_%3.sock").arg(config.vsockDir).arg(config.cid).arg(port);
        QFile::remove(l->path);
        l->fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        const QByteArray p = QFile::encodeName(l->path);
        if (l->fd < 0 || p.size() >= qsizetype(sizeof addr.sun_path)) {
            delete l;
            closeAll();
            return makeError(Error::Code::Io, Tr::tr("cannot listen on %1").arg(l->path));
        }
        std::memcpy(addr.sun_path, p.constData(), size_t(p.size()));
        if (::bind(l->fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
            || ::listen(l->fd, 16) != 0) {
            const QString error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(l->fd);
            const QString path = l->path;
            delete l;
            closeAll();
            return makeError(Error::Code::Io, Tr::tr("cannot listen on %1: %2").arg(path, error));
        }
        l->notifier = new QSocketNotifier(qintptr(l->fd), QSocketNotifier::Read, this);
        connect(l->notifier, &QSocketNotifier::activated, this, [this, l] { accept(l); });
        m_listeners.append(l);
    }
    return {};
}

void SimulatedAttestationService::accept(Listener *listener)
{
    const int fd = ::accept4(listener->fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0)
        return;
    const Config config = m_config;
    auto signer = [config](const SimulatorAttestationResponder::Request &request) -> Result<QByteArray> {
        // Loaded per request: a long-running enclave gets a renewed leaf before the old one expires.
        auto pki = SimulatorAttestationPki::loadOrCreate(config.pkiDir);
        if (!pki)
            return std::unexpected(pki.error());
        SimulatorAttestationPki::Document d;
        d.moduleId = config.moduleId;
        d.pcrs = config.pcrs;
        d.nonce = request.nonce;
        d.publicKey = request.publicKey;
        d.userData = request.userData;
        return pki->sign(d);
    };
    new Connection(fd, listener->kind, signer, this);
}

} // namespace enclave::agent
