# widgets/compare: Compare Measurements view (PCR table side by side, EIF section/file differences).
target_sources(enclave_widgets PRIVATE
    compare/comparefeature.cpp compare/comparefeature.h
    compare/compareview.cpp compare/compareview.h
    compare/eifdiffmodel.cpp compare/eifdiffmodel.h
    compare/fileversionsview.cpp compare/fileversionsview.h
    compare/pcrcomparemodel.cpp compare/pcrcomparemodel.h
)
