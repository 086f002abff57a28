# widgets/inspector: Opening one file: EIF and attestation views, hex view, field tree, PCR table, ramdisk contents.
target_sources(enclave_widgets PRIVATE
    inspector/inspectorfeature.cpp inspector/inspectorfeature.h
    inspector/attestationfields.cpp
    inspector/attestationverdict.cpp inspector/attestationverdict.h
    inspector/attestationview.cpp inspector/attestationview.h
    inspector/bufferbytesource.h
    inspector/bytesource.h
    inspector/certificatechainmodel.cpp inspector/certificatechainmodel.h
    inspector/documentview.cpp inspector/documentview.h
    inspector/eiffields.cpp
    inspector/eifview.cpp inspector/eifview.h
    inspector/expectedpcrsdialog.cpp inspector/expectedpcrsdialog.h
    inspector/fieldadapters.h
    inspector/fieldhexsplitter.cpp inspector/fieldhexsplitter.h
    inspector/fielditem.cpp inspector/fielditem.h
    inspector/fieldtreecolumns.cpp inspector/fieldtreecolumns.h
    inspector/fieldtreemodel.cpp inspector/fieldtreemodel.h
    inspector/filebytesource.cpp inspector/filebytesource.h
    inspector/hexview.cpp inspector/hexview.h
    inspector/measurementsview.cpp inspector/measurementsview.h
    inspector/pcrjob.cpp inspector/pcrjob.h
    inspector/pcrtablemodel.cpp inspector/pcrtablemodel.h
    inspector/ramdiskcontentsmodel.cpp inspector/ramdiskcontentsmodel.h
    inspector/ramdiskcontentsview.cpp inspector/ramdiskcontentsview.h
    inspector/signingcertificatepanel.cpp inspector/signingcertificatepanel.h
    inspector/spanselection.cpp inspector/spanselection.h
    inspector/verificationchecksmodel.cpp inspector/verificationchecksmodel.h
)
