# What the AppStream metainfo says about where the project lives. The project has no public web
# page yet, so by default the metainfo names none (AppStream wants real http(s) URLs or nothing;
# a made-up host fails `appstreamcli validate`). Once it is published, configure with
# -DENCLAVE_PUBLIC_URL=https://... (the page that holds README) and
# -DENCLAVE_SCREENSHOT_URL=https://.../resources/screenshots (raw files): the homepage and every
# screenshot in resources/screenshots are then listed.
set(ENCLAVE_PUBLIC_URL "" CACHE STRING "Public homepage of the project for the AppStream metainfo (empty: none)")
set(ENCLAVE_SCREENSHOT_URL "" CACHE STRING "URL of resources/screenshots as raw files (empty: no screenshots listed)")

# Captions by file name; a screenshot without one is listed without a caption.
set(ENCLAVE_SCREENSHOT_CAPTION_eif-view "An enclave image with its measurements")
set(ENCLAVE_SCREENSHOT_CAPTION_attestation-view-dark "An attestation document and its checks, dark theme")
set(ENCLAVE_SCREENSHOT_CAPTION_dashboard "The enclaves of a parent instance")
set(ENCLAVE_SCREENSHOT_CAPTION_console "The console of a running enclave")
set(ENCLAVE_SCREENSHOT_CAPTION_error-tab "A damaged image, with the offset of the problem")

set(ENCLAVE_APPSTREAM_URLS "")
if(ENCLAVE_PUBLIC_URL)
    set(ENCLAVE_APPSTREAM_URLS "<url type=\"homepage\">${ENCLAVE_PUBLIC_URL}</url>")
endif()
set(ENCLAVE_APPSTREAM_SCREENSHOTS "")
if(ENCLAVE_SCREENSHOT_URL)
    file(GLOB shots RELATIVE "${PROJECT_SOURCE_DIR}/resources/screenshots"
         "${PROJECT_SOURCE_DIR}/resources/screenshots/*.png")
    list(SORT shots)
    # eif-view first: the default screenshot shows what the app is for.
    list(REMOVE_ITEM shots eif-view.png)
    list(PREPEND shots eif-view.png)
    set(type " type=\"default\"")
    string(APPEND ENCLAVE_APPSTREAM_SCREENSHOTS "<screenshots>\n")
    foreach(shot IN LISTS shots)
        get_filename_component(stem "${shot}" NAME_WE)
        string(APPEND ENCLAVE_APPSTREAM_SCREENSHOTS "    <screenshot${type}>\n")
        if(DEFINED ENCLAVE_SCREENSHOT_CAPTION_${stem})
            string(APPEND ENCLAVE_APPSTREAM_SCREENSHOTS
                   "      <caption>${ENCLAVE_SCREENSHOT_CAPTION_${stem}}</caption>\n")
        endif()
        string(APPEND ENCLAVE_APPSTREAM_SCREENSHOTS
               "      <image>${ENCLAVE_SCREENSHOT_URL}/${shot}</image>\n    </screenshot>\n")
        set(type "")
    endforeach()
    string(APPEND ENCLAVE_APPSTREAM_SCREENSHOTS "  </screenshots>")
endif()
