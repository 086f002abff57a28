#include <string_view>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include "remote/operatoractions.h"
#include "shell/mainwindow.h"
#include "shell/smokerun.h"
#include "shell/theme.h"
#include "studiofeatures.h"

using namespace enclave::ui;

namespace {

// The options, described once for both start-up paths below.
struct StartupOptions {
    QCommandLineOption smokeTest { QStringLiteral("smoke-test"),
        QCoreApplication::translate("main",
            "Open the files, wait for their PCRs, print the longest event-loop stall "
            "and exit (non-zero above MS milliseconds)."),
        QStringLiteral("MS") };

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Inspect AWS Nitro Enclave images and attestation documents."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("files"),
            QCoreApplication::translate("main", "EIF images or attestation documents to open."),
            QStringLiteral("[FILE...]"));
        parser.addOption(smokeTest);
    }
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EnclaveStudio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("enclavestudio.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("enclave-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENCLAVE_VERSION));
}

// Follow the system locale: our strings embedded under :/i18n, Qt's own from the Qt install.
// Installed into whichever application object exists (the text-only one, then the GUI one).
void installTranslators(QTranslator &qtTranslator, QTranslator &appTranslator)
{
    if (!qtTranslator.isEmpty()
        || qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (!appTranslator.isEmpty()
        || appTranslator.load(
            QLocale(), QStringLiteral("enclave-studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator);
}

// --help and --version must work where no display exists (a server, a build that runs help2man
// for the man page): QApplication aborts there, so those requests are answered by a
// QCoreApplication. Any other command line goes to the GUI parser unchanged, so Qt's own GUI
// options (-platform, -style, ...) keep working.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();
    QTranslator qtTranslator;
    QTranslator appTranslator;
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslators(qtTranslator, appTranslator);
        const StartupOptions options;
        QCommandLineParser parser;
        options.describe(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Enclave Studio"));
    QApplication::setDesktopFileName(QStringLiteral(ENCLAVE_APP_ID));
    installTranslators(qtTranslator, appTranslator);

    const StartupOptions options;
    QCommandLineParser parser;
    options.describe(parser);
    parser.process(app);

    Theme::apply(Theme::fromKey(QSettings().value(QStringLiteral("ui/theme")).toString()));
    MainWindow window;
    installDocumentFeatures(window); // viewers; Tools: Compare, KMS policy, Sign EIF, certificate, posture
    OperatorActions::install(&window); // Remote menu: connections, dashboards, consoles
    window.show();
    SmokeRun smoke(&window, parser.value(options.smokeTest).toInt());
    if (parser.isSet(options.smokeTest))
        smoke.start();
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);
    return QApplication::exec();
}
