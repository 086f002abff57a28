<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EifFields</name>
    <message>
        <location filename="../widgets/eiffields.cpp" line="30" />
        <source>EIF header</source>
        <translation>EIF-Header</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="31" />
        <source>version %1, %2, %3 sections</source>
        <translation>Version %1, %2, %3 Abschnitte</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="38" />
        <source>Section %1: %2</source>
        <translation>Abschnitt %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="39" />
        <source>%1 bytes at %2</source>
        <translation>%1 Bytes ab %2</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="47" />
        <source>Trailing bytes</source>
        <translation>Überzählige Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="47" />
        <source>%1 bytes after the last section (not measured, outside the CRC)</source>
        <translation>%1 Bytes nach dem letzten Abschnitt (nicht gemessen, außerhalb der CRC)</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="53" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ExpectedPcrs</name>
    <message>
        <location filename="../widgets/expectedpcrs.cpp" line="22" />
        <source>PCR%1: expected 96 hex digits (SHA-384), got "%2"</source>
        <translation>PCR%1: 96 Hex-Ziffern (SHA-384) erwartet, erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrs.cpp" line="42" />
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrs.cpp" line="72" />
        <source>no "PCRn" keys in the JSON</source>
        <translation>keine „PCRn“-Schlüssel im JSON</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrs.cpp" line="87" />
        <source>line %1: expected "PCRn: &lt;hex&gt;", got "%2"</source>
        <translation>Zeile %1: „PCRn: &lt;hex&gt;“ erwartet, erhalten: „%2“</translation>
    </message>
</context>
<context>
    <name>FileTypeDetector</name>
    <message>
        <location filename="../widgets/filetype.cpp" line="86" />
        <source>text document larger than %1 bytes</source>
        <translation>Textdokument größer als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="95" />
        <source>unexpected character 0x%1 in %2 text</source>
        <translation>unerwartetes Zeichen 0x%1 im %2-Text</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="105" />
        <source>odd number of hex digits</source>
        <translation>ungerade Anzahl von Hex-Ziffern</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="115" />
        <source>invalid base64 padding</source>
        <translation>ungültiges Base64-Padding</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="123" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="124" />
        <source>Empty file</source>
        <translation>Leere Datei</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="125" />
        <source>Enclave image (EIF)</source>
        <translation>Enclave-Image (EIF)</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="126" />
        <source>Attestation document (CBOR)</source>
        <translation>Attestierungsdokument (CBOR)</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="127" />
        <source>Attestation document (base64)</source>
        <translation>Attestierungsdokument (Base64)</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="128" />
        <source>Attestation document (hex)</source>
        <translation>Attestierungsdokument (Hex)</translation>
    </message>
</context>
<context>
    <name>enclave::ui::AttestationView</name>
    <message>
        <location filename="../widgets/attestationview.cpp" line="50" />
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="52" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="78" />
        <source>DEBUG MODE: PCRs are zero</source>
        <translation>DEBUG-MODUS: PCRs sind null</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="82" />
        <source>This document comes from an enclave started with --debug-mode: its PCR0, PCR1 and PCR2 are zero and prove nothing about the image.</source>
        <translation>Dieses Dokument stammt aus einer mit --debug-mode gestarteten Enclave: PCR0, PCR1 und PCR2 sind null und belegen nichts über das Image.</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="91" />
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="92" />
        <source>PCRs</source>
        <translation>PCRs</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="93" />
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="94" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="138" />
        <source>Verify certificates at:</source>
        <translation>Zertifikate prüfen zum Zeitpunkt:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="142" />
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="143" />
        <source>Document time</source>
        <translation>Zeit des Dokuments</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="144" />
        <source>Chosen time</source>
        <translation>Gewählte Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="166" />
        <source>Expected PCRs…</source>
        <translation>Erwartete PCRs…</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="170" />
        <location filename="../widgets/attestationview.cpp" line="226" />
        <source>none: PCRs are shown, not compared</source>
        <translation>keine: PCRs werden angezeigt, nicht verglichen</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="189" />
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="190" />
        <source>Module ID:</source>
        <translation>Modul-ID:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="191" />
        <source>Timestamp:</source>
        <translation>Zeitstempel:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="191" />
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="194" />
        <source>Digest:</source>
        <translation>Digest:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="195" />
        <source>Nonce:</source>
        <translation>Nonce:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="196" />
        <source>User data:</source>
        <translation>Benutzerdaten:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="197" />
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="198" />
        <source>COSE envelope:</source>
        <translation>COSE-Hülle:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="198" />
        <source>tag 18 (COSE_Sign1), ES384</source>
        <translation>Tag 18 (COSE_Sign1), ES384</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="198" />
        <source>untagged COSE_Sign1, ES384</source>
        <translation>COSE_Sign1 ohne Tag, ES384</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="200" />
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="231" />
        <source>comparing %1</source>
        <translation>vergleiche %1</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="254" />
        <source>VALID: signed by a certificate chain to %1, checked at %2</source>
        <translation>GÜLTIG: signiert über eine Zertifikatskette bis %1, geprüft zum Zeitpunkt %2</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="259" />
        <source>NOT VALID: %1</source>
        <translation>NICHT GÜLTIG: %1</translation>
    </message>
</context>
<context>
    <name>enclave::ui::CertificateChainModel</name>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="52" />
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="52" />
        <source>Root</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="54" />
        <source>Leaf (enclave)</source>
        <translation>Blatt (Enclave)</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="55" />
        <source>Intermediate %1</source>
        <translation>Zwischenzertifikat %1</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="61" />
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="62" />
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="62" />
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="67" />
        <source>Subject: %1
Issuer: %2
Serial: %3
Signature: %4
Key: %5 %6
SHA-256: %7</source>
        <translation>Inhaber: %1
Aussteller: %2
Seriennummer: %3
Signatur: %4
Schlüssel: %5 %6
SHA-256: %7</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="89" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="90" />
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="91" />
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="92" />
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="93" />
        <source>At verification time</source>
        <translation>Zum Prüfzeitpunkt</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="94" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EifView</name>
    <message>
        <location filename="../widgets/eifview.cpp" line="80" />
        <source>&lt;b&gt;%1&lt;/b&gt; — EIF version %2, %3, %4 sections, %5, %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — EIF-Version %2, %3, %4 Abschnitte, %5, %6</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="86" />
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="86" />
        <source>unsigned</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="90" />
        <source>PCRs %p%</source>
        <translation>PCRs %p %</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="93" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="97" />
        <location filename="../widgets/eifview.cpp" line="270" />
        <source>Compute PCRs</source>
        <translation>PCRs berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="114" />
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="118" />
        <source>Kernel cmdline</source>
        <translation>Kernel-Befehlszeile</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="122" />
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="123" />
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="127" />
        <location filename="../widgets/eifview.cpp" line="398" />
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="170" />
        <source>Copy Selected PCR</source>
        <translation>Ausgewählten PCR kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="172" />
        <source>Copy All as JSON</source>
        <translation>Alle als JSON kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="196" />
        <source>(no cmdline section)</source>
        <translation>(kein Befehlszeilen-Abschnitt)</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="198" />
        <source>Cannot read the cmdline: %1</source>
        <translation>Die Befehlszeile kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="203" />
        <source>Cannot read the metadata: %1</source>
        <translation>Die Metadaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="206" />
        <source>(no metadata section: EIF version 3 or older, or built without one)</source>
        <translation>(kein Metadaten-Abschnitt: EIF-Version 3 oder älter, oder ohne erstellt)</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="213" />
        <source>offset %1: metadata is not valid JSON: %2</source>
        <translation>Offset %1: Metadaten sind kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="237" />
        <source>unsigned image: no PCR8</source>
        <translation>nicht signiertes Image: kein PCR8</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="264" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="269" />
        <source>PCRs cancelled</source>
        <translation>PCRs abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="269" />
        <source>PCRs failed</source>
        <translation>PCRs fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="270" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="278" />
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="280" />
        <source>offset %1: header CRC-32 is %2 but the image hashes to %3 (nitro-cli refuses this file)</source>
        <translation>Offset %1: Die CRC-32 im Header ist %2, das Image ergibt aber %3 (nitro-cli lehnt diese Datei ab)</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="288" />
        <source>PCRs computed</source>
        <translation>PCRs berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="332" />
        <source>Unsigned image: there is no signature section, so no PCR8.</source>
        <translation>Nicht signiertes Image: Es gibt keinen Signaturabschnitt, daher keinen PCR8.</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="334" />
        <source>The signature section cannot be decoded: %1</source>
        <translation>Der Signaturabschnitt kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="336" />
        <source>Signature present; verified once PCR0 is computed.</source>
        <translation>Signatur vorhanden; sie wird geprüft, sobald PCR0 berechnet ist.</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="338" />
        <source>Signature does NOT verify: %1</source>
        <translation>Signatur ist NICHT gültig: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="340" />
        <source>The signature verifies, but it signs a different PCR0 than this image's.</source>
        <translation>Die Signatur ist gültig, signiert aber einen anderen PCR0 als den dieses Images.</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="341" />
        <source>Signature verified: the certificate's key signed this image's PCR0.</source>
        <translation>Signatur geprüft: Der Schlüssel des Zertifikats hat den PCR0 dieses Images signiert.</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="350" />
        <source>valid now</source>
        <translation>jetzt gültig</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="351" />
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="352" />
        <source>EXPIRED (nitro-cli fails to run it: E36/E39)</source>
        <translation>ABGELAUFEN (nitro-cli startet es nicht: E36/E39)</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="357" />
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="358" />
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="359" />
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="360" />
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="361" />
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="362" />
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="363" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="364" />
        <source>Certificate signature</source>
        <translation>Zertifikatssignatur</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="365" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="377" />
        <source>signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="379" />
        <source>signature does not verify: %1</source>
        <translation>Signatur ist nicht gültig: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="381" />
        <source>the signature covers a different PCR0</source>
        <translation>die Signatur deckt einen anderen PCR0 ab</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="383" />
        <source>the signing certificate is not valid now</source>
        <translation>das Signaturzertifikat ist derzeit nicht gültig</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="394" />
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="398" />
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ErrorView</name>
    <message>
        <location filename="../widgets/errorview.cpp" line="43" />
        <source>&lt;b&gt;%1 cannot be shown.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 kann nicht angezeigt werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/errorview.cpp" line="45" />
        <source>At offset %1 (0x%2): %3</source>
        <translation>Bei Offset %1 (0x%2): %3</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ExpectedPcrsDialog</name>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="21" />
        <source>Expected PCRs</source>
        <translation>Erwartete PCRs</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="23" />
        <source>Paste nitro-cli output (describe-eif, build-enclave), a KMS key policy, or lines such as "PCR0: &lt;hex&gt;". Leave empty to show PCRs without comparing.</source>
        <translation>Fügen Sie eine Ausgabe von nitro-cli (describe-eif, build-enclave), eine KMS-Schlüsselrichtlinie oder Zeilen wie „PCR0: &lt;hex&gt;“ ein. Leer lassen, um PCRs ohne Vergleich anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="38" />
        <source>Load from &amp;EIF…</source>
        <translation>Aus &amp;EIF laden…</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="55" />
        <source>Cannot use this text: %1</source>
        <translation>Dieser Text ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="63" />
        <source>No expected PCRs.</source>
        <translation>Keine erwarteten PCRs.</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="63" />
        <source>Will compare %1.</source>
        <translation>Verglichen werden %1.</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="70" />
        <source>Load PCRs from EIF</source>
        <translation>PCRs aus EIF laden</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="71" />
        <source>Enclave images (*.eif);;All files (*)</source>
        <translation>Enclave-Images (*.eif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="79" />
        <source>Computing the PCRs of %1…</source>
        <translation>Berechne die PCRs von %1…</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="82" />
        <source>Computing PCRs: %1%</source>
        <translation>Berechne PCRs: %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="88" />
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>enclave::ui::FieldTreeModel</name>
    <message>
        <location filename="../widgets/fieldtreemodel.cpp" line="159" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../widgets/fieldtreemodel.cpp" line="160" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/fieldtreemodel.cpp" line="161" />
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../widgets/fieldtreemodel.cpp" line="162" />
        <source>Length</source>
        <translation>Länge</translation>
    </message>
</context>
<context>
    <name>enclave::ui::HexView</name>
    <message>
        <location filename="../widgets/hexview.cpp" line="24" />
        <source>Hex view</source>
        <translation>Hex-Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/hexview.cpp" line="196" />
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>enclave::ui::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="54" />
        <source>Open an enclave image (.eif) or an attestation document, or drop one here.</source>
        <translation>Öffnen Sie ein Enclave-Image (.eif) oder ein Attestierungsdokument, oder ziehen Sie es hierher.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="79" />
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="89" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="90" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="93" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="95" />
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="98" />
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="100" />
        <source>Close &amp;All Tabs</source>
        <translation>&amp;Alle Tabs schließen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="103" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="107" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="108" />
        <source>&amp;Copy Measurements as JSON</source>
        <translation>Messwerte als JSON &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="114" />
        <source>&amp;Expected PCRs…</source>
        <translation>&amp;Erwartete PCRs…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="122" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="123" />
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="128" />
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="133" />
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="139" />
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="148" />
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="149" />
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="150" />
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="161" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="162" />
        <source>Open &amp;Sample EIF</source>
        <translation>&amp;Beispiel-EIF öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="165" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="168" />
        <source>&amp;About Enclave Studio</source>
        <translation>&amp;Über Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="171" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="192" />
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="214" />
        <source>Enclave Studio</source>
        <translation>Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="217" />
        <source>%1 — Enclave Studio</source>
        <translation>%1 — Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="258" />
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="261" />
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="267" />
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="272" />
        <source>not an enclave image or attestation document (first bytes %1): EIF files start with ".eif", attestation documents are COSE_Sign1 CBOR (0x84 or 0xd2), or its base64 or hex text</source>
        <translation>weder Enclave-Image noch Attestierungsdokument (erste Bytes %1): EIF-Dateien beginnen mit „.eif“, Attestierungsdokumente sind COSE_Sign1-CBOR (0x84 oder 0xd2) oder dessen Base64- bzw. Hex-Text</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="285" />
        <source>%1 bytes is too large for an attestation document (limit %2)</source>
        <translation>%1 Bytes sind zu groß für ein Attestierungsdokument (Grenze %2)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="303" />
        <source>no viewer for %1 in this build</source>
        <translation>keine Ansicht für %1 in diesem Build</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="313" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="314" />
        <source>Enclave images and attestation documents (*.eif *.cbor *.cose *.bin *.b64 *.txt *.hex);;All files (*)</source>
        <translation>Enclave-Images und Attestierungsdokumente (*.eif *.cbor *.cose *.bin *.b64 *.txt *.hex);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="343" />
        <source>Sample EIF</source>
        <translation>Beispiel-EIF</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="344" />
        <source>No sample EIF was found. Build the project (it writes sample/sample.eif) or run "enclave-tool build-sample-eif FILE" and open that file.</source>
        <translation>Es wurde kein Beispiel-EIF gefunden. Erstellen Sie das Projekt (es schreibt sample/sample.eif) oder führen Sie „enclave-tool build-sample-eif DATEI“ aus und öffnen Sie diese Datei.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="396" />
        <source>About Enclave Studio</source>
        <translation>Über Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="397" />
        <source>&lt;h3&gt;Enclave Studio %1&lt;/h3&gt;&lt;p&gt;Inspect AWS Nitro Enclave images, recompute their PCRs, and verify attestation documents.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enclave Studio %1&lt;/h3&gt;&lt;p&gt;AWS-Nitro-Enclave-Images untersuchen, ihre PCRs neu berechnen und Attestierungsdokumente prüfen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="418" />
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/viewers.cpp" line="32" />
        <source>%1 bytes is larger than any attestation document (limit %2)</source>
        <translation>%1 Bytes sind größer als jedes Attestierungsdokument (Grenze %2)</translation>
    </message>
</context>
<context>
    <name>enclave::ui::PcrTableModel</name>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="72" />
        <source>Enclave image</source>
        <translation>Enclave-Image</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="73" />
        <source>Linux kernel and bootstrap</source>
        <translation>Linux-Kernel und Bootstrap</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="74" />
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="75" />
        <source>IAM role of the parent instance</source>
        <translation>IAM-Rolle der Elterninstanz</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="76" />
        <source>Parent instance ID</source>
        <translation>ID der Elterninstanz</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="77" />
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="78" />
        <source>Custom (extended at run time)</source>
        <translation>Benutzerdefiniert (zur Laufzeit erweitert)</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="124" />
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="130" />
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="131" />
        <source>computing</source>
        <translation>wird berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="132" />
        <source>zero: debug mode</source>
        <translation>null: Debug-Modus</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="133" />
        <source>zero (not used)</source>
        <translation>null (nicht verwendet)</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="134" />
        <source>matches expected</source>
        <translation>stimmt mit Erwartung überein</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="135" />
        <source>DIFFERS from expected %1</source>
        <translation>WEICHT AB von erwartetem %1</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="136" />
        <source>missing (expected)</source>
        <translation>fehlt (erwartet)</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="137" />
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="146" />
        <source>The enclave ran in debug mode: Nitro reports PCR0, PCR1 and PCR2 as zeros, so they prove nothing about the image.</source>
        <translation>Die Enclave lief im Debug-Modus: Nitro meldet PCR0, PCR1 und PCR2 als Nullen, sie belegen also nichts über das Image.</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="149" />
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="177" />
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="178" />
        <source>Measures</source>
        <translation>Misst</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="179" />
        <source>Value (SHA-384)</source>
        <translation>Wert (SHA-384)</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="180" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>enclave::ui::VerificationChecksModel</name>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="24" />
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="25" />
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="26" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="27" />
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="87" />
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="88" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="89" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/enclave-studio/main.cpp" line="35" />
        <source>Inspect AWS Nitro Enclave images and attestation documents.</source>
        <translation>AWS-Nitro-Enclave-Images und Attestierungsdokumente untersuchen.</translation>
    </message>
    <message>
        <location filename="../app/enclave-studio/main.cpp" line="39" />
        <source>EIF images or attestation documents to open.</source>
        <translation>Zu öffnende EIF-Images oder Attestierungsdokumente.</translation>
    </message>
    <message>
        <location filename="../app/enclave-studio/main.cpp" line="43" />
        <source>Open the files, wait for their PCRs, print the longest event-loop stall and exit (non-zero above MS milliseconds).</source>
        <translation>Dateien öffnen, auf ihre PCRs warten, die längste Blockade der Ereignisschleife ausgeben und beenden (Fehlercode über MS Millisekunden).</translation>
    </message>
</context>
</TS>
