# widgets/remote: Operating enclaves: connections, dashboard, launch, console, health check, local simulator.
target_sources(enclave_widgets PRIVATE
    remote/ansiparser.cpp remote/ansiparser.h
    remote/attestationendpointdialog.cpp remote/attestationendpointdialog.h
    remote/connectionerrorhint.cpp remote/connectionerrorhint.h
    remote/connectionprofile.cpp remote/connectionprofile.h
    remote/connectionprofilestore.cpp remote/connectionprofilestore.h
    remote/connectionsdialog.cpp remote/connectionsdialog.h
    remote/consoleview.cpp remote/consoleview.h
    remote/dashboardview.cpp remote/dashboardview.h
    remote/eifuploader.cpp remote/eifuploader.h
    remote/enclaveattestor.cpp remote/enclaveattestor.h
    remote/enclavemeasurementsview.cpp remote/enclavemeasurementsview.h
    remote/enclavetablemodel.cpp remote/enclavetablemodel.h
    remote/healthcheckdialog.cpp remote/healthcheckdialog.h
    remote/launchdialog.cpp remote/launchdialog.h
    remote/localsimulator.cpp remote/localsimulator.h
    remote/nitroerrorhints.cpp remote/nitroerrorhints.h
    remote/operatoractions.cpp remote/operatoractions.h
)
