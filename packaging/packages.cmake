# Install layout by package, and the CPack configuration of the Debian packages.
# packaging/build-packages.sh runs CPack on a configured build tree; see README "Packages".
#
# Three install components, one .deb each (plus its -dbgsym .ddeb with the split debug info):
#   Tool   -> enclave-tool    the CLI (Qt Core only, never Gui/Widgets), nitro-cli-sim, the agent
#                             binaries `enclave-tool remote HOST install-agent` copies to parents
#                             (lib/enclave-studio/agent/linux-<arch>/), man page, bash completion.
#   Studio -> enclave-studio  the GUI and its desktop integration; depends on enclave-tool (the
#                             app's Local simulator and install-agent use the files shipped there).
#   Agent  -> enclave-agent   the host-architecture agent in /usr/bin for parents that get it from
#                             a package instead of from install-agent.
# nitro-cli-sim goes with the CLI: `enclave-tool remote --local` needs it, it links Qt Core only
# like the CLI, and the GUI gets it through its dependency on enclave-tool.

# packaging/changelog.cmake (included before app/) gave ENCLAVE_PACKAGE_REVISION, the maintainer and
# the compressed changelog.
set(ENCLAVE_AGENT_LIBDIR "lib/enclave-studio/agent")
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    set(ENCLAVE_HOST_AGENT_ARCH x86_64)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64|ARM64)$")
    set(ENCLAVE_HOST_AGENT_ARCH aarch64)
else()
    set(ENCLAVE_HOST_AGENT_ARCH "${CMAKE_SYSTEM_PROCESSOR}")
endif()

# --- Tool ----------------------------------------------------------------------------------------
install(TARGETS enclave-tool RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Tool)
if(TARGET nitro-cli-sim)
    install(TARGETS nitro-cli-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Tool)
endif()
# The agent binaries for install-agent are installed stripped: the host one is the same file as
# enclave-agent's /usr/bin/enclave-agent, whose debug info enclave-agent-dbgsym carries (found by
# build id), so it must not be split a second time (two -dbgsym packages would then ship the same
# file); the aarch64 one cannot be split by the host binutils at all (its debug info stays in the
# build tree).
function(enclave_install_stripped_agent file arch strip)
    set(dest "${ENCLAVE_AGENT_LIBDIR}/linux-${arch}")
    install(PROGRAMS "${file}" DESTINATION "${dest}" COMPONENT Tool OPTIONAL)
    install(CODE "
        set(installed \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${dest}/enclave-agent\")
        if(EXISTS \"\${installed}\")
            execute_process(COMMAND \"${strip}\" --strip-unneeded \"\${installed}\" COMMAND_ERROR_IS_FATAL ANY)
        endif()" COMPONENT Tool)
endfunction()
enclave_install_stripped_agent("$<TARGET_FILE:enclave-agent>" ${ENCLAVE_HOST_AGENT_ARCH} "${CMAKE_STRIP}")
# The cross-built aarch64 agent (issue 12, option ENCLAVE_AGENT_CROSS_AARCH64).
if(ENCLAVE_AGENT_CROSS_AARCH64 AND NOT ENCLAVE_HOST_AGENT_ARCH STREQUAL "aarch64")
    find_program(ENCLAVE_AARCH64_STRIP aarch64-linux-gnu-strip REQUIRED)
    enclave_install_stripped_agent("${CMAKE_BINARY_DIR}/${ENCLAVE_AGENT_LIBDIR}/linux-aarch64/enclave-agent"
                                   aarch64 "${ENCLAVE_AARCH64_STRIP}")
endif()
install(FILES "${CMAKE_CURRENT_LIST_DIR}/completion/enclave-tool.bash"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME enclave-tool COMPONENT Tool)

# --- Agent ---------------------------------------------------------------------------------------
install(PROGRAMS "$<TARGET_FILE:enclave-agent>" DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Agent)

# --- Studio: the binary and its desktop files are installed by app/enclave-studio ------------------

# --- Per package: man page, copyright, changelog ------------------------------------------------
include("${CMAKE_CURRENT_LIST_DIR}/man/manpages.cmake")
set(ENCLAVE_PACKAGE_COMPONENTS Tool Agent)
if(ENCLAVE_BUILD_GUI)
    list(APPEND ENCLAVE_PACKAGE_COMPONENTS Studio)
endif()
set(ENCLAVE_PACKAGE_NAME_Tool enclave-tool)
set(ENCLAVE_PACKAGE_NAME_Agent enclave-agent)
set(ENCLAVE_PACKAGE_NAME_Studio enclave-studio)
foreach(component IN LISTS ENCLAVE_PACKAGE_COMPONENTS)
    set(package "${ENCLAVE_PACKAGE_NAME_${component}}")
    enclave_add_man_page(${package} COMPONENT ${component})
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/debian/copyright"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${package}" COMPONENT ${component})
    install(FILES "${ENCLAVE_CHANGELOG_GZ}" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${package}"
            RENAME changelog.Debian.gz COMPONENT ${component})
endforeach()

# nitro-cli-sim ships in enclave-tool, with its own page (users script against it as against nitro-cli).
if(TARGET nitro-cli-sim)
    enclave_add_man_page(nitro-cli-sim COMPONENT Tool)
endif()

# Each package's lintian overrides (packaging/debian/PACKAGE.lintian-overrides say why).
foreach(component IN LISTS ENCLAVE_PACKAGE_COMPONENTS)
    set(package "${ENCLAVE_PACKAGE_NAME_${component}}")
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/debian/${package}.lintian-overrides"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME ${package} COMPONENT ${component})
endforeach()

# Everything the packages hold, so build-packages.sh builds only that (not the tests) in a tree that
# is not fully built yet; `install` therefore does not build `all` first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
add_custom_target(enclave-package-files)
add_dependencies(enclave-package-files enclave-tool enclave-agent)
foreach(target enclave-studio nitro-cli-sim sample-eif enclave-agent-aarch64
               man-enclave-tool man-enclave-agent man-enclave-studio man-nitro-cli-sim)
    if(TARGET ${target})
        add_dependencies(enclave-package-files ${target})
    endif()
endforeach()

# --- CPack: Debian packages ----------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "enclave-studio")
set(CPACK_PACKAGE_VENDOR "Enclave Studio")
set(CPACK_PACKAGE_CONTACT "${ENCLAVE_CHANGELOG_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Each package's description starts with its own summary line (CPACK_DEBIAN_<C>_DESCRIPTION);
# CPack prepends CPACK_PACKAGE_DESCRIPTION_SUMMARY to all of them unless it is CPack's default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_THREADS 0) # xz on every core
set(CPACK_GENERATOR "DEB")
set(CPACK_COMPONENTS_ALL ${ENCLAVE_PACKAGE_COMPONENTS}) # anything else (an un-componented install()) is not packaged
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)                 # name_version-revision_arch.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE ${ENCLAVE_PACKAGE_REVISION})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)                  # Depends from dpkg-shlibdeps
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)                  # strip, debug info into name-dbgsym .ddeb
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(enclave_full_version "${PROJECT_VERSION}-${ENCLAVE_PACKAGE_REVISION}")

set(CPACK_DEBIAN_TOOL_PACKAGE_NAME enclave-tool)
set(CPACK_DEBIAN_TOOL_PACKAGE_DEPENDS "openssh-client")
set(CPACK_DEBIAN_TOOL_DESCRIPTION "AWS Nitro Enclave images and attestation documents: command-line tool
enclave-tool describes, measures, builds and signs enclave image files (EIF)
with the same JSON and PCR values as nitro-cli, verifies attestation
documents against the AWS Nitro root certificate, writes KMS key policies
and drives enclaves on a parent instance over SSH through enclave-agent.
.
This package also carries nitro-cli-sim, a nitro-cli compatible simulator
for trying enclave workflows without AWS, and the enclave-agent binaries
that `enclave-tool remote HOST install-agent` copies to parent instances.
It needs Qt Core only, not the Qt GUI libraries.")

set(CPACK_DEBIAN_AGENT_PACKAGE_NAME enclave-agent)
set(CPACK_DEBIAN_AGENT_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_AGENT_DESCRIPTION "AWS Nitro Enclaves parent-instance agent for Enclave Studio
enclave-agent runs on the parent EC2 instance of AWS Nitro Enclaves. It
drives nitro-cli and vsock for Enclave Studio and enclave-tool, speaking
JSON-RPC on its standard input and output, and is started over SSH by
the client: it opens no network port of its own.")

set(CPACK_DEBIAN_STUDIO_PACKAGE_NAME enclave-studio)
set(CPACK_DEBIAN_STUDIO_PACKAGE_DEPENDS "enclave-tool (= ${enclave_full_version}), qt6-qpa-plugins")
set(CPACK_DEBIAN_STUDIO_DESCRIPTION "AWS Nitro Enclave images and attestation documents: desktop app
Enclave Studio opens enclave image files (EIF) and shows their header and
sections beside a hex view, recomputes the PCR0, PCR1, PCR2 and PCR8
measurements in the background and checks the signing certificate. It
verifies attestation documents against the AWS Nitro root certificate with
a readable checklist of every check, compares images, writes KMS key
policies and operates live enclaves on parent instances over SSH.")

include(CPack)
