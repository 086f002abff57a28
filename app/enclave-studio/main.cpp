#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include "shell/mainwindow.h"
#include "shell/smokerun.h"
#include "shell/theme.h"
#include "remote/operatoractions.h"
#include "studiofeatures.h"

using namespace enclave::ui;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EnclaveStudio"));
    QApplication::setOrganizationDomain(QStringLiteral("enclavestudio.github.io"));
    QApplication::setApplicationName(QStringLiteral("enclave-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Enclave Studio"));
    QApplication::setApplicationVersion(QStringLiteral(ENCLAVE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(ENCLAVE_APP_ID));

    // Follow the system locale: our strings embedded under :/i18n, Qt's own from the Qt install.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("enclave-studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Inspect AWS Nitro Enclave images and attestation documents."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "EIF images or attestation documents to open."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption smokeTest(
        QStringLiteral("smoke-test"),
        QApplication::translate("main", "Open the files, wait for their PCRs, print the longest event-loop stall "
                                        "and exit (non-zero above MS milliseconds)."),
        QStringLiteral("MS"));
    parser.addOption(smokeTest);
    parser.process(app);

    Theme::apply(Theme::fromKey(QSettings().value(QStringLiteral("ui/theme")).toString()));
    MainWindow window;
    installDocumentFeatures(window); // viewers; Tools: Compare, KMS policy, Sign EIF, certificate, posture
    OperatorActions::install(&window); // Remote menu: connections, dashboards, consoles
    window.show();
    SmokeRun smoke(&window, parser.value(smokeTest).toInt());
    if (parser.isSet(smokeTest))
        smoke.start();
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);
    return QApplication::exec();
}
