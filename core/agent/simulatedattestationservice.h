#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include "attestation/simulatorattestation.h"

class QSocketNotifier;

namespace enclave::agent {

// What a simulated enclave's application offers for live attestation: the raw protocol on one
// vsock port and HTTP on another, as Unix sockets VSOCK_DIR/CID_PORT.sock (the simulator's vsock),
// answering with documents from the state directory's simulator PKI (STATE_DIR/pki). PCR0/1/2/8 are
// the image's, PCR3/PCR4 a simulated role and instance, all zero in debug mode as on real hardware.
// Each connection is bounded (request <= 8 KiB) and closed after one answer.
class SimulatedAttestationService final : public QObject {
    Q_OBJECT
public:
    static constexpr quint32 kDefaultRawPort = 5005;
    static constexpr quint32 kDefaultHttpPort = 5006;

    struct Config {
        QString pkiDir; // STATE_DIR/pki
        QString vsockDir; // STATE_DIR/vsock
        quint32 cid = 0;
        QString moduleId; // the enclave ID
        Measurements pcrs; // PCR0..PCR15 as the NSM would report them
        quint32 rawPort = kDefaultRawPort; // 0 = off
        quint32 httpPort = kDefaultHttpPort; // 0 = off
    };

    explicit SimulatedAttestationService(QObject *parent = nullptr);
    ~SimulatedAttestationService() override;

    // Loads (or makes) the PKI and starts listening; an error names what failed.
    Result<void> start(const Config &config);

    // The registers a simulated enclave reports: the image's PCR0/1/2/8 (8 = zero when unsigned or
    // unknown), PCR3 = extend(0, SHA-384(role ARN)), PCR4 = extend(0, SHA-384(instance ID)), zeros
    // elsewhere; every register zero in debug mode. `image` is what MeasurementsLoader::fromEif read
    // (empty when the image could not be read: then the image's registers are zero too).
    static Measurements simulatedPcrs(const Measurements &image, bool debugMode);

private:
    struct Listener;
    void accept(Listener *listener);
    void closeAll();

    Config m_config;
    QList<Listener *> m_listeners;
};

} // namespace enclave::agent
