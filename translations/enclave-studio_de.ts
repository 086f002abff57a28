<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EifFields</name>
    <message>
        <location filename="../widgets/eiffields.cpp" line="30"/>
        <source>EIF header</source>
        <translation>EIF-Header</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="31"/>
        <source>version %1, %2, %3 sections</source>
        <translation>Version %1, %2, %3 Abschnitte</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="38"/>
        <source>Section %1: %2</source>
        <translation>Abschnitt %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="39"/>
        <source>%1 bytes at %2</source>
        <translation>%1 Bytes ab %2</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="47"/>
        <source>Trailing bytes</source>
        <translation>Überzählige Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="47"/>
        <source>%1 bytes after the last section (not measured, outside the CRC)</source>
        <translation>%1 Bytes nach dem letzten Abschnitt (nicht gemessen, außerhalb der CRC)</translation>
    </message>
    <message>
        <location filename="../widgets/eiffields.cpp" line="53"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ExpectedPcrs</name>
    <message>
        <location filename="../widgets/expectedpcrs.cpp" line="22"/>
        <source>PCR%1: expected 96 hex digits (SHA-384), got &quot;%2&quot;</source>
        <translation>PCR%1: 96 Hex-Ziffern (SHA-384) erwartet, erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrs.cpp" line="42"/>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrs.cpp" line="72"/>
        <source>no &quot;PCRn&quot; keys in the JSON</source>
        <translation>keine „PCRn“-Schlüssel im JSON</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrs.cpp" line="87"/>
        <source>line %1: expected &quot;PCRn: &lt;hex&gt;&quot;, got &quot;%2&quot;</source>
        <translation>Zeile %1: „PCRn: &lt;hex&gt;“ erwartet, erhalten: „%2“</translation>
    </message>
</context>
<context>
    <name>FileTypeDetector</name>
    <message>
        <location filename="../widgets/filetype.cpp" line="86"/>
        <source>text document larger than %1 bytes</source>
        <translation>Textdokument größer als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="95"/>
        <source>unexpected character 0x%1 in %2 text</source>
        <translation>unerwartetes Zeichen 0x%1 im %2-Text</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="105"/>
        <source>odd number of hex digits</source>
        <translation>ungerade Anzahl von Hex-Ziffern</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="115"/>
        <source>invalid base64 padding</source>
        <translation>ungültiges Base64-Padding</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="123"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="124"/>
        <source>Empty file</source>
        <translation>Leere Datei</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="125"/>
        <source>Enclave image (EIF)</source>
        <translation>Enclave-Image (EIF)</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="126"/>
        <source>Attestation document (CBOR)</source>
        <translation>Attestierungsdokument (CBOR)</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="127"/>
        <source>Attestation document (base64)</source>
        <translation>Attestierungsdokument (Base64)</translation>
    </message>
    <message>
        <location filename="../widgets/filetype.cpp" line="128"/>
        <source>Attestation document (hex)</source>
        <translation>Attestierungsdokument (Hex)</translation>
    </message>
</context>
<context>
    <name>enclave::ui::AttestationView</name>
    <message>
        <location filename="../widgets/attestationview.cpp" line="50"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="52"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="78"/>
        <source>DEBUG MODE: PCRs are zero</source>
        <translation>DEBUG-MODUS: PCRs sind null</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="82"/>
        <source>This document comes from an enclave started with --debug-mode: its PCR0, PCR1 and PCR2 are zero and prove nothing about the image.</source>
        <translation>Dieses Dokument stammt aus einer mit --debug-mode gestarteten Enclave: PCR0, PCR1 und PCR2 sind null und belegen nichts über das Image.</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="91"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="92"/>
        <source>PCRs</source>
        <translation>PCRs</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="93"/>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="94"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="138"/>
        <source>Verify certificates at:</source>
        <translation>Zertifikate prüfen zum Zeitpunkt:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="142"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="143"/>
        <source>Document time</source>
        <translation>Zeit des Dokuments</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="144"/>
        <source>Chosen time</source>
        <translation>Gewählte Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="166"/>
        <source>Expected PCRs…</source>
        <translation>Erwartete PCRs…</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="170"/>
        <location filename="../widgets/attestationview.cpp" line="226"/>
        <source>none: PCRs are shown, not compared</source>
        <translation>keine: PCRs werden angezeigt, nicht verglichen</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="189"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="190"/>
        <source>Module ID:</source>
        <translation>Modul-ID:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="191"/>
        <source>Timestamp:</source>
        <translation>Zeitstempel:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="191"/>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="194"/>
        <source>Digest:</source>
        <translation>Digest:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="195"/>
        <source>Nonce:</source>
        <translation>Nonce:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="196"/>
        <source>User data:</source>
        <translation>Benutzerdaten:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="197"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="198"/>
        <source>COSE envelope:</source>
        <translation>COSE-Hülle:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="198"/>
        <source>tag 18 (COSE_Sign1), ES384</source>
        <translation>Tag 18 (COSE_Sign1), ES384</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="198"/>
        <source>untagged COSE_Sign1, ES384</source>
        <translation>COSE_Sign1 ohne Tag, ES384</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="200"/>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="231"/>
        <source>comparing %1</source>
        <translation>vergleiche %1</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="254"/>
        <source>VALID: signed by a certificate chain to %1, checked at %2</source>
        <translation>GÜLTIG: signiert über eine Zertifikatskette bis %1, geprüft zum Zeitpunkt %2</translation>
    </message>
    <message>
        <location filename="../widgets/attestationview.cpp" line="259"/>
        <source>NOT VALID: %1</source>
        <translation>NICHT GÜLTIG: %1</translation>
    </message>
</context>
<context>
    <name>enclave::ui::CertificateChainModel</name>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="52"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="52"/>
        <source>Root</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="54"/>
        <source>Leaf (enclave)</source>
        <translation>Blatt (Enclave)</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="55"/>
        <source>Intermediate %1</source>
        <translation>Zwischenzertifikat %1</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="61"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="62"/>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="62"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="67"/>
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
        <location filename="../widgets/certificatechainmodel.cpp" line="89"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="90"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="91"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="92"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="93"/>
        <source>At verification time</source>
        <translation>Zum Prüfzeitpunkt</translation>
    </message>
    <message>
        <location filename="../widgets/certificatechainmodel.cpp" line="94"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>enclave::ui::CompareView</name>
    <message>
        <location filename="../widgets/compareview.cpp" line="39"/>
        <source>EIF, attestation document, nitro-cli output, KMS policy or PCR JSON</source>
        <translation>EIF, Attestierungsdokument, nitro-cli-Ausgabe, KMS-Richtlinie oder PCR-JSON</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="41"/>
        <location filename="../widgets/compareview.cpp" line="42"/>
        <source>Browse...</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="45"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="46"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="50"/>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="53"/>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="59"/>
        <source>Pick or drop two files to compare their measurements.</source>
        <translation>Wählen Sie zwei Dateien oder ziehen Sie sie hierher, um ihre Messwerte zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="70"/>
        <source>Reading the left source</source>
        <translation>Lese die linke Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="70"/>
        <source>Reading the right source</source>
        <translation>Lese die rechte Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="71"/>
        <source>Comparing sections and ramdisk files</source>
        <translation>Vergleiche Abschnitte und Ramdisk-Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="99"/>
        <source>Content changes only (hide unmeasured metadata and mtime/owner-only files)</source>
        <translation>Nur Inhaltsänderungen (ungemessene Metadaten und reine mtime-/Eigentümer-Änderungen ausblenden)</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="149"/>
        <source>Choose a measurement source</source>
        <translation>Messwertquelle wählen</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="199"/>
        <source>Choose two files first.</source>
        <translation>Wählen Sie zuerst zwei Dateien.</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="205"/>
        <source>Comparing...</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="236"/>
        <source>Cannot compare: %1%2</source>
        <translation>Vergleich nicht möglich: %1%2</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="247"/>
        <source>Identical measurements: %1 PCRs compared, all equal.</source>
        <translation>Identische Messwerte: %1 PCRs verglichen, alle gleich.</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="249"/>
        <source>Not comparable: the two sources have no PCR in common.</source>
        <translation>Nicht vergleichbar: Die beiden Quellen haben keinen gemeinsamen PCR.</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="254"/>
        <source>Measurements differ: %1.</source>
        <translation>Messwerte weichen ab: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="258"/>
        <source> Every section is byte-identical.</source>
        <translation> Jeder Abschnitt ist byte-identisch.</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="266"/>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <location filename="../widgets/compareview.cpp" line="268"/>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ConnectionErrorHint</name>
    <message>
        <location filename="../widgets/connectionerrorhint.cpp" line="41"/>
        <source>The host key of %1 is not in your known_hosts file, so the connection was refused. Enclave Studio never accepts host keys on its own: compare the key&apos;s fingerprint with the one the instance shows (EC2 console output or SSM), then add it, e.g. by running &quot;ssh %1&quot; once in a terminal.</source>
        <translation>Der Host-Schlüssel von %1 steht nicht in Ihrer known_hosts-Datei, daher wurde die Verbindung abgelehnt. Enclave Studio akzeptiert Host-Schlüssel nie von sich aus: Vergleichen Sie den Fingerabdruck mit dem, den die Instanz zeigt (EC2-Konsolenausgabe oder SSM), und fügen Sie ihn dann hinzu, z. B. indem Sie einmal „ssh %1“ in einem Terminal ausführen.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionerrorhint.cpp" line="48"/>
        <source>The host key of %1 differs from the one in your known_hosts file. This happens when the instance was replaced, but it is also what an attack looks like. Check the new fingerprint out of band before removing the old key (ssh-keygen -R %1).</source>
        <translation>Der Host-Schlüssel von %1 weicht von dem in Ihrer known_hosts-Datei ab. Das passiert, wenn die Instanz ersetzt wurde, sieht aber auch genau wie ein Angriff aus. Prüfen Sie den neuen Fingerabdruck auf anderem Weg, bevor Sie den alten Schlüssel entfernen (ssh-keygen -R %1).</translation>
    </message>
    <message>
        <location filename="../widgets/connectionerrorhint.cpp" line="55"/>
        <source>%1 refused the login. Check the user name and the identity file (or load the key into ssh-agent); Enclave Studio never asks for or stores passwords.</source>
        <translation>%1 hat die Anmeldung abgelehnt. Prüfen Sie Benutzername und Schlüsseldatei (oder laden Sie den Schlüssel in ssh-agent); Enclave Studio fragt nie nach Passwörtern und speichert keine.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionerrorhint.cpp" line="60"/>
        <source>%1 cannot be reached: check the host name, port, jump host and that the instance is running.</source>
        <translation>%1 ist nicht erreichbar: Prüfen Sie Hostname, Port und Jump-Host, und ob die Instanz läuft.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionerrorhint.cpp" line="64"/>
        <source>The agent could not be started: install enclave-agent on the parent instance (in the remote user&apos;s PATH) or set the agent command in the connection profile.</source>
        <translation>Der Agent konnte nicht gestartet werden: Installieren Sie enclave-agent auf der Elterninstanz (im PATH des entfernten Benutzers) oder setzen Sie den Agent-Befehl im Verbindungsprofil.</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ConnectionProfile</name>
    <message>
        <location filename="../widgets/connectionprofile.cpp" line="15"/>
        <source>Local simulator</source>
        <translation>Lokaler Simulator</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ConnectionsDialog</name>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="28"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="33"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="34"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="41"/>
        <source>Host name, address or a Host alias of ~/.ssh/config (listed)</source>
        <translation>Hostname, Adresse oder ein Host-Alias aus ~/.ssh/config (aufgelistet)</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="43"/>
        <source>from ~/.ssh/config or your login</source>
        <translation>aus ~/.ssh/config oder Ihrer Anmeldung</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="46"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="48"/>
        <source>ssh-agent or ~/.ssh/config</source>
        <translation>ssh-agent oder ~/.ssh/config</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="52"/>
        <source>user@bastion (ssh -J)</source>
        <translation>benutzer@bastion (ssh -J)</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="55"/>
        <source>One KEY=VALUE per line, e.g. ProxyCommand=aws ssm start-session --target %h …</source>
        <translation>Ein SCHLÜSSEL=WERT pro Zeile, z. B. ProxyCommand=aws ssm start-session --target %h …</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="63"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="64"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="65"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="66"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="67"/>
        <source>Identity file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="68"/>
        <source>Jump host:</source>
        <translation>Jump-Host:</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="69"/>
        <source>SSH options:</source>
        <translation>SSH-Optionen:</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="70"/>
        <source>Agent command:</source>
        <translation>Agent-Befehl:</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="75"/>
        <source>The Local simulator runs enclave-agent on this computer with simulated enclaves (no AWS, no SSH). State: %1. Agent: %2.</source>
        <translation>Der lokale Simulator führt enclave-agent auf diesem Computer mit simulierten Enclaves aus (ohne AWS, ohne SSH). Zustand: %1. Agent: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="78"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="80"/>
        <source>Passwords are never asked for or stored: ssh uses your keys and ssh-agent in batch mode. Host keys are checked strictly; an unknown or changed key is refused, never accepted for you.</source>
        <translation>Passwörter werden nie abgefragt oder gespeichert: ssh verwendet Ihre Schlüssel und ssh-agent im Batch-Modus. Host-Schlüssel werden streng geprüft; ein unbekannter oder geänderter Schlüssel wird abgelehnt, nie für Sie akzeptiert.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="90"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="91"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="131"/>
        <source>Identity File</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="208"/>
        <source>enclave-agent was not found.</source>
        <translation>enclave-agent wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionsdialog.cpp" line="222"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ConsoleView</name>
    <message>
        <location filename="../widgets/consoleview.cpp" line="41"/>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation>Suchen (Eingabe: nächster, Umschalt+Eingabe: vorheriger Treffer)</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="44"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="46"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="47"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="49"/>
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile sichtbar halten</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="51"/>
        <location filename="../widgets/consoleview.cpp" line="392"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="54"/>
        <source>Stop showing new output (it is kept and shown on resume, within the scrollback bound)</source>
        <translation>Neue Ausgabe nicht mehr anzeigen (sie wird aufbewahrt und beim Fortsetzen gezeigt, im Rahmen des Verlaufs)</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="56"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="58"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="122"/>
        <source>%1 bytes of console output were lost: the agent&apos;s buffer no longer held them</source>
        <translation>%1 Bytes Konsolenausgabe gingen verloren: Der Puffer des Agenten enthielt sie nicht mehr</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="130"/>
        <source>console closed: %1</source>
        <translation>Konsole geschlossen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="137"/>
        <source>connection lost; reconnecting, will resume at byte %1</source>
        <translation>Verbindung verloren; verbinde neu, Fortsetzung bei Byte %1</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="144"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="392"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="453"/>
        <location filename="../widgets/consoleview.cpp" line="458"/>
        <source>Save console</source>
        <translation>Konsole speichern</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="453"/>
        <source>Text (*.log *.txt)</source>
        <translation>Text (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="458"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="466"/>
        <source>%1 bytes received</source>
        <translation>%1 Bytes empfangen</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="467"/>
        <source>%1 lines shown</source>
        <translation>%1 Zeilen angezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="469"/>
        <source>%1 older lines skipped (scrollback holds %2)</source>
        <translation>%1 ältere Zeilen übersprungen (der Verlauf fasst %2)</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="471"/>
        <source>paused, %1 lines waiting</source>
        <translation>angehalten, %1 Zeilen warten</translation>
    </message>
    <message>
        <location filename="../widgets/consoleview.cpp" line="473"/>
        <source>console ended</source>
        <translation>Konsole beendet</translation>
    </message>
</context>
<context>
    <name>enclave::ui::DashboardView</name>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="58"/>
        <source>dashboard closed; this console no longer follows the enclave</source>
        <translation>Dashboard geschlossen; diese Konsole folgt der Enclave nicht mehr</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="72"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="85"/>
        <source>CPUs: %v of %m used</source>
        <translation>CPUs: %v von %m belegt</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="89"/>
        <source>Memory: %v of %m MiB used</source>
        <translation>Speicher: %v von %m MiB belegt</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="96"/>
        <source>Launch…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="97"/>
        <source>Terminate…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="99"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="100"/>
        <source>Health Check…</source>
        <translation>Zustandsprüfung…</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="101"/>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="103"/>
        <source>Clear Exited</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="104"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="118"/>
        <source>No enclaves on this host yet.</source>
        <translation>Noch keine Enclaves auf diesem Host.</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="121"/>
        <source>Launch the Sample Enclave</source>
        <translation>Beispiel-Enclave starten</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="123"/>
        <source>Runs the sample EIF in the simulator in debug mode, so its console can be followed</source>
        <translation>Startet das Beispiel-EIF im Simulator im Debug-Modus, damit seine Konsole verfolgt werden kann</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="225"/>
        <source>Connected to %1: host %2, %3 backend, agent %4</source>
        <translation>Verbunden mit %1: Host %2, Backend %3, Agent %4</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="233"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="237"/>
        <source>Connection to %1 lost; reconnecting…</source>
        <translation>Verbindung zu %1 verloren; verbinde neu…</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="241"/>
        <source>Not connected to %1</source>
        <translation>Nicht mit %1 verbunden</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="263"/>
        <source>Listing enclaves failed: %1</source>
        <translation>Auflisten der Enclaves fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="314"/>
        <source>%1 of %2 enclave CPUs free (allocator pool)</source>
        <translation>%1 von %2 Enclave-CPUs frei (Pool des Allocators)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="316"/>
        <source>%1 of %2 MiB enclave memory free (allocator hugepages)</source>
        <translation>%1 von %2 MiB Enclave-Speicher frei (Hugepages des Allocators)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/dashboardview.cpp" line="317"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="412"/>
        <source>Launched %1 (%2) with CID %3.</source>
        <translation>%1 (%2) mit CID %3 gestartet.</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="443"/>
        <source>The simulator has no sample.eif in its image directory; use Launch… to upload one.</source>
        <translation>Der Simulator hat kein sample.eif in seinem Image-Verzeichnis; laden Sie über „Starten…“ eines hoch.</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="481"/>
        <source>Terminate Enclave</source>
        <translation>Enclave beenden</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="482"/>
        <source>Terminate enclave %1 (%2)?

Its memory is wiped and whatever runs inside stops at once.</source>
        <translation>Enclave %1 (%2) beenden?

Ihr Speicher wird gelöscht, und alles, was darin läuft, stoppt sofort.</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="493"/>
        <source>Terminating %1 failed: %2</source>
        <translation>Beenden von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="497"/>
        <source>Terminated %1.</source>
        <translation>%1 beendet.</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="512"/>
        <location filename="../widgets/dashboardview.cpp" line="518"/>
        <source>Console: %1</source>
        <translation>Konsole: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="545"/>
        <source>The agent does not say which image this enclave runs (it was not launched from this app), so its measurements are unknown here.</source>
        <translation>Der Agent nennt nicht das Image dieser Enclave (sie wurde nicht aus dieser App gestartet), daher sind ihre Messwerte hier unbekannt.</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="547"/>
        <source>The agent did not report measurements for %1.</source>
        <translation>Der Agent hat keine Messwerte für %1 gemeldet.</translation>
    </message>
    <message>
        <location filename="../widgets/dashboardview.cpp" line="554"/>
        <source>Measurements: %1</source>
        <translation>Messwerte: %1</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EifDiffModel</name>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="70"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="73"/>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="76"/>
        <source>only in left</source>
        <translation>nur links</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="79"/>
        <source>only in right</source>
        <translation>nur rechts</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="85"/>
        <source>none (not measured)</source>
        <translation>keine (nicht gemessen)</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="90"/>
        <source>argument removed</source>
        <translation>Argument entfernt</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="92"/>
        <source>argument added</source>
        <translation>Argument hinzugefügt</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="94"/>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="96"/>
        <source>cannot list</source>
        <translation>nicht auflistbar</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="104"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="107"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="119"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="200"/>
        <source>Section / file</source>
        <translation>Abschnitt / Datei</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="202"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../widgets/eifdiffmodel.cpp" line="204"/>
        <source>PCRs moved / details</source>
        <translation>Veränderte PCRs / Details</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EifUploader</name>
    <message>
        <location filename="../widgets/eifuploader.cpp" line="51"/>
        <location filename="../widgets/eifuploader.cpp" line="107"/>
        <source>could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../widgets/eifuploader.cpp" line="68"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/eifuploader.cpp" line="84"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../widgets/eifuploader.cpp" line="162"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EifView</name>
    <message>
        <location filename="../widgets/eifview.cpp" line="82"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — EIF version %2, %3, %4 sections, %5, %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — EIF-Version %2, %3, %4 Abschnitte, %5, %6</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="88"/>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="88"/>
        <source>unsigned</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="92"/>
        <source>PCRs %p%</source>
        <translation>PCRs %p %</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="95"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="99"/>
        <location filename="../widgets/eifview.cpp" line="286"/>
        <source>Compute PCRs</source>
        <translation>PCRs berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="116"/>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="120"/>
        <source>Kernel cmdline</source>
        <translation>Kernel-Befehlszeile</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="124"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="125"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="128"/>
        <location filename="../widgets/eifview.cpp" line="136"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="143"/>
        <location filename="../widgets/eifview.cpp" line="414"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="186"/>
        <source>Copy Selected PCR</source>
        <translation>Ausgewählten PCR kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="188"/>
        <source>Copy All as JSON</source>
        <translation>Alle als JSON kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="212"/>
        <source>(no cmdline section)</source>
        <translation>(kein Befehlszeilen-Abschnitt)</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="214"/>
        <source>Cannot read the cmdline: %1</source>
        <translation>Die Befehlszeile kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="219"/>
        <source>Cannot read the metadata: %1</source>
        <translation>Die Metadaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="222"/>
        <source>(no metadata section: EIF version 3 or older, or built without one)</source>
        <translation>(kein Metadaten-Abschnitt: EIF-Version 3 oder älter, oder ohne erstellt)</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="229"/>
        <source>offset %1: metadata is not valid JSON: %2</source>
        <translation>Offset %1: Metadaten sind kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="253"/>
        <source>unsigned image: no PCR8</source>
        <translation>nicht signiertes Image: kein PCR8</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="280"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="285"/>
        <source>PCRs cancelled</source>
        <translation>PCRs abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="285"/>
        <source>PCRs failed</source>
        <translation>PCRs fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="286"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="294"/>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="296"/>
        <source>offset %1: header CRC-32 is %2 but the image hashes to %3 (nitro-cli refuses this file)</source>
        <translation>Offset %1: Die CRC-32 im Header ist %2, das Image ergibt aber %3 (nitro-cli lehnt diese Datei ab)</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="304"/>
        <source>PCRs computed</source>
        <translation>PCRs berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="348"/>
        <source>Unsigned image: there is no signature section, so no PCR8.</source>
        <translation>Nicht signiertes Image: Es gibt keinen Signaturabschnitt, daher keinen PCR8.</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="350"/>
        <source>The signature section cannot be decoded: %1</source>
        <translation>Der Signaturabschnitt kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="352"/>
        <source>Signature present; verified once PCR0 is computed.</source>
        <translation>Signatur vorhanden; sie wird geprüft, sobald PCR0 berechnet ist.</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="354"/>
        <source>Signature does NOT verify: %1</source>
        <translation>Signatur ist NICHT gültig: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="356"/>
        <source>The signature verifies, but it signs a different PCR0 than this image&apos;s.</source>
        <translation>Die Signatur ist gültig, signiert aber einen anderen PCR0 als den dieses Images.</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="357"/>
        <source>Signature verified: the certificate&apos;s key signed this image&apos;s PCR0.</source>
        <translation>Signatur geprüft: Der Schlüssel des Zertifikats hat den PCR0 dieses Images signiert.</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="366"/>
        <source>valid now</source>
        <translation>jetzt gültig</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="367"/>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="368"/>
        <source>EXPIRED (nitro-cli fails to run it: E36/E39)</source>
        <translation>ABGELAUFEN (nitro-cli startet es nicht: E36/E39)</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="373"/>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="374"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="375"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="376"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="377"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="378"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="379"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="380"/>
        <source>Certificate signature</source>
        <translation>Zertifikatssignatur</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="381"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="393"/>
        <source>signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="395"/>
        <source>signature does not verify: %1</source>
        <translation>Signatur ist nicht gültig: %1</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="397"/>
        <source>the signature covers a different PCR0</source>
        <translation>die Signatur deckt einen anderen PCR0 ab</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="399"/>
        <source>the signing certificate is not valid now</source>
        <translation>das Signaturzertifikat ist derzeit nicht gültig</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="410"/>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <location filename="../widgets/eifview.cpp" line="414"/>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EnclaveMeasurementsView</name>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="37"/>
        <source>Enclave %1 (%2), launched from %3</source>
        <translation>Enclave %1 (%2), gestartet aus %3</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="43"/>
        <source>These are the image&apos;s measurements (%1). </source>
        <translation>Dies sind die Messwerte des Images (%1). </translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="47"/>
        <source>This enclave runs in debug mode: its attestation documents carry all-zero PCRs instead.</source>
        <translation>Diese Enclave läuft im Debug-Modus: Ihre Attestierungsdokumente tragen stattdessen nur Null-PCRs.</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="51"/>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="51"/>
        <source>Enclave image</source>
        <translation>Enclave-Image</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="51"/>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="80"/>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="131"/>
        <source>Local EIF</source>
        <translation>Lokales EIF</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="51"/>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="73"/>
        <source>Compare with Local EIF…</source>
        <translation>Mit lokalem EIF vergleichen…</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="77"/>
        <source>Open in Compare View…</source>
        <translation>In der Vergleichsansicht öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="81"/>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="131"/>
        <source>Enclave images (*.eif);;All files (*)</source>
        <translation>Enclave-Images (*.eif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="89"/>
        <source>Compare %1</source>
        <translation>%1 vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="136"/>
        <source>Computing the PCRs of %1…</source>
        <translation>Berechne die PCRs von %1…</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="145"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="159"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="159"/>
        <source>DIFFERENT</source>
        <translation>VERSCHIEDEN</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="164"/>
        <source>All %1 PCRs match %2.</source>
        <translation>Alle %1 PCRs stimmen mit %2 überein.</translation>
    </message>
    <message>
        <location filename="../widgets/enclavemeasurementsview.cpp" line="165"/>
        <source>%1 of %2 PCRs differ from %3.</source>
        <translation>%1 von %2 PCRs weichen von %3 ab.</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EnclaveTableModel</name>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="93"/>
        <source>EXITED %1</source>
        <translation>BEENDET %1</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="99"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="101"/>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="118"/>
        <source>Exited</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="118"/>
        <source>Exited: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="120"/>
        <source>Image: %1</source>
        <translation>Image: %1</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="127"/>
        <source>Debug mode: the console is readable, and attestation documents carry all-zero PCRs.</source>
        <translation>Debug-Modus: Die Konsole ist lesbar, und Attestierungsdokumente tragen nur Null-PCRs.</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="129"/>
        <source>Started %1</source>
        <translation>Gestartet %1</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="145"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="147"/>
        <source>Enclave ID</source>
        <translation>Enclave-ID</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="149"/>
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="151"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="153"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="155"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="157"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="159"/>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="161"/>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../widgets/enclavetablemodel.cpp" line="219"/>
        <source>no longer listed by the agent</source>
        <translation>vom Agenten nicht mehr aufgeführt</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ErrorView</name>
    <message>
        <location filename="../widgets/errorview.cpp" line="43"/>
        <source>&lt;b&gt;%1 cannot be shown.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 kann nicht angezeigt werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/errorview.cpp" line="45"/>
        <source>At offset %1 (0x%2): %3</source>
        <translation>Bei Offset %1 (0x%2): %3</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ExpectedPcrsDialog</name>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="21"/>
        <source>Expected PCRs</source>
        <translation>Erwartete PCRs</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="23"/>
        <source>Paste nitro-cli output (describe-eif, build-enclave), a KMS key policy, or lines such as &quot;PCR0: &lt;hex&gt;&quot;. Leave empty to show PCRs without comparing.</source>
        <translation>Fügen Sie eine Ausgabe von nitro-cli (describe-eif, build-enclave), eine KMS-Schlüsselrichtlinie oder Zeilen wie „PCR0: &lt;hex&gt;“ ein. Leer lassen, um PCRs ohne Vergleich anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="38"/>
        <source>Load from &amp;EIF…</source>
        <translation>Aus &amp;EIF laden…</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="55"/>
        <source>Cannot use this text: %1</source>
        <translation>Dieser Text ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="63"/>
        <source>No expected PCRs.</source>
        <translation>Keine erwarteten PCRs.</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="63"/>
        <source>Will compare %1.</source>
        <translation>Verglichen werden %1.</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="70"/>
        <source>Load PCRs from EIF</source>
        <translation>PCRs aus EIF laden</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="71"/>
        <source>Enclave images (*.eif);;All files (*)</source>
        <translation>Enclave-Images (*.eif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="79"/>
        <source>Computing the PCRs of %1…</source>
        <translation>Berechne die PCRs von %1…</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="82"/>
        <source>Computing PCRs: %1%</source>
        <translation>Berechne PCRs: %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/expectedpcrsdialog.cpp" line="88"/>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>enclave::ui::FieldTreeModel</name>
    <message>
        <location filename="../widgets/fieldtreemodel.cpp" line="159"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../widgets/fieldtreemodel.cpp" line="160"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/fieldtreemodel.cpp" line="161"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../widgets/fieldtreemodel.cpp" line="162"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
</context>
<context>
    <name>enclave::ui::HealthCheckDialog</name>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="71"/>
        <source>Health Check over vsock</source>
        <translation>Zustandsprüfung über vsock</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="80"/>
        <source>Bytes to send; escapes \n \r \t \0 \xHH</source>
        <translation>Zu sendende Bytes; Escapes \n \r \t \0 \xHH</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="82"/>
        <source>The reply must contain these bytes (empty: connecting is enough)</source>
        <translation>Die Antwort muss diese Bytes enthalten (leer: Verbinden genügt)</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="85"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="92"/>
        <source>CID:</source>
        <translation>CID:</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="93"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="94"/>
        <source>Send:</source>
        <translation>Senden:</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="95"/>
        <source>Expect:</source>
        <translation>Erwarten:</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="96"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="98"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="118"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="129"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="138"/>
        <source>OK: the expected reply arrived in %1 ms.</source>
        <translation>OK: Die erwartete Antwort kam nach %1 ms.</translation>
    </message>
    <message>
        <location filename="../widgets/healthcheckdialog.cpp" line="139"/>
        <source>Not healthy after %1 ms: %2</source>
        <translation>Nach %1 ms nicht gesund: %2</translation>
    </message>
</context>
<context>
    <name>enclave::ui::HexView</name>
    <message>
        <location filename="../widgets/hexview.cpp" line="24"/>
        <source>Hex view</source>
        <translation>Hex-Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/hexview.cpp" line="196"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>enclave::ui::KmsPolicyPage</name>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="58"/>
        <source>EIF, attestation document, nitro-cli JSON or expectations file</source>
        <translation>EIF, Attestierungsdokument, nitro-cli-JSON oder Datei mit erwarteten Werten</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="59"/>
        <source>Browse...</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="71"/>
        <source>Measurements from:</source>
        <translation>Messwerte aus:</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="75"/>
        <source>PCR%1</source>
        <translation>PCR%1</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="83"/>
        <source>Bind PCRs:</source>
        <translation>An PCRs binden:</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="94"/>
        <source>IAM role ARN:</source>
        <translation>ARN der IAM-Rolle:</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="106"/>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="110"/>
        <source>Whole key policy</source>
        <translation>Vollständige Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="111"/>
        <source>Statements only</source>
        <translation>Nur Anweisungen</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="112"/>
        <source>Deny without attestation</source>
        <translation>Ohne Attestierung verweigern</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="114"/>
        <source>One Deny statement per bound PCR: the role is refused the actions without an attestation document or with other PCR values, even when an IAM policy allows them.</source>
        <translation>Eine Deny-Anweisung pro gebundenem PCR: Der Rolle werden die Aktionen ohne Attestierungsdokument oder mit anderen PCR-Werten verweigert, selbst wenn eine IAM-Richtlinie sie erlaubt.</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="117"/>
        <source>PCR0 as ImageSha384</source>
        <translation>PCR0 als ImageSha384</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="118"/>
        <source>PCR0 as PCR0</source>
        <translation>PCR0 als PCR0</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="123"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="132"/>
        <source>Choose a measurement source and enter the IAM role ARN.</source>
        <translation>Wählen Sie eine Messwertquelle und geben Sie den ARN der IAM-Rolle ein.</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="149"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="150"/>
        <source>Save...</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="186"/>
        <source>Loading %1...</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="193"/>
        <source>Measurement Source</source>
        <translation>Messwertquelle</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="203"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kmspolicypage.cpp" line="208"/>
        <source>%1, %n PCR(s)</source>
        <translation>
            <numerusform>%1, %n PCR</numerusform>
            <numerusform>%1, %n PCRs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="220"/>
        <source>Not in this source</source>
        <translation>Nicht in dieser Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="284"/>
        <source>Choose at least one action.</source>
        <translation>Wählen Sie mindestens eine Aktion.</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="331"/>
        <source>No lint findings.</source>
        <translation>Keine Lint-Befunde.</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="335"/>
        <source>This policy has lint errors (listed below): it is not safe to use, so it cannot be copied or saved.</source>
        <translation>Diese Richtlinie hat Lint-Fehler (unten aufgeführt): Sie ist nicht sicher verwendbar und kann daher weder kopiert noch gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="363"/>
        <source>No policy to save</source>
        <translation>Keine Richtlinie zum Speichern</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="364"/>
        <source>The policy has lint errors</source>
        <translation>Die Richtlinie hat Lint-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="373"/>
        <source>Save Key Policy</source>
        <translation>Schlüsselrichtlinie speichern</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="374"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/kmspolicypage.cpp" line="379"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>enclave::ui::LaunchDialog</name>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="45"/>
        <source>Launch Enclave</source>
        <translation>Enclave starten</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="48"/>
        <source>Upload Local EIF…</source>
        <translation>Lokales EIF hochladen…</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="50"/>
        <source>Copy an EIF from this computer into the agent&apos;s image directory (SHA-384 checked by the agent)</source>
        <translation>Ein EIF von diesem Computer in das Image-Verzeichnis des Agenten kopieren (SHA-384 vom Agenten geprüft)</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="59"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="63"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="64"/>
        <source>Debug mode (console readable)</source>
        <translation>Debug-Modus (Konsole lesbar)</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="66"/>
        <source>Attestation documents of a debug-mode enclave carry all-zero PCRs, so KMS policies bound to PCRs will not release keys to it.</source>
        <translation>Attestierungsdokumente einer Enclave im Debug-Modus tragen nur Null-PCRs, daher geben an PCRs gebundene KMS-Richtlinien keine Schlüssel an sie frei.</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="72"/>
        <source>from the EIF name</source>
        <translation>aus dem EIF-Namen</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="86"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="88"/>
        <source>CPUs:</source>
        <translation>CPUs:</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="89"/>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="91"/>
        <source>CID:</source>
        <translation>CID:</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="94"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="97"/>
        <source>Launch</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="131"/>
        <source>Computing SHA-384… %p%</source>
        <translation>Berechne SHA-384… %p %</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="132"/>
        <source>Uploading… %p%</source>
        <translation>Wird hochgeladen… %p %</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="138"/>
        <source>Uploaded %1; the agent checked its SHA-384.</source>
        <translation>%1 hochgeladen; der Agent hat seinen SHA-384 geprüft.</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="148"/>
        <source>Upload failed: %1</source>
        <translation>Hochladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="171"/>
        <source>Could not list the images on the parent: %1</source>
        <translation>Die Images auf der Elterninstanz konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="188"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="239"/>
        <source>Pick an image (or upload one).</source>
        <translation>Wählen Sie ein Image (oder laden Sie eines hoch).</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="242"/>
        <source>nitro-cli needs at least %1 MiB for this image (4 × its %2): it would refuse with E26.</source>
        <translation>nitro-cli braucht für dieses Image mindestens %1 MiB (4 × seine %2): es würde mit E26 ablehnen.</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="246"/>
        <source>The Nitro driver needs at least 64 MiB.</source>
        <translation>Der Nitro-Treiber braucht mindestens 64 MiB.</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="248"/>
        <source>CIDs 1-3 are reserved (3 is the parent); use 4 or more, or automatic.</source>
        <translation>CIDs 1–3 sind reserviert (3 ist die Elterninstanz); verwenden Sie 4 oder mehr, oder automatisch.</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="254"/>
        <source>Only %1 MiB of enclave memory is free (E27 likely).</source>
        <translation>Nur %1 MiB Enclave-Speicher sind frei (E27 wahrscheinlich).</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="256"/>
        <source>Only %1 CPUs of the pool are free (E22 likely).</source>
        <translation>Nur %1 CPUs des Pools sind frei (E22 wahrscheinlich).</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="258"/>
        <source>On x86_64 enclaves take full cores: use an even CPU count (E29 otherwise).</source>
        <translation>Auf x86_64 belegen Enclaves ganze Kerne: Verwenden Sie eine gerade CPU-Anzahl (sonst E29).</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="261"/>
        <source>At least %1 MiB: 4 × the EIF size.</source>
        <translation>Mindestens %1 MiB: 4 × die EIF-Größe.</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="285"/>
        <source>Upload EIF</source>
        <translation>EIF hochladen</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="285"/>
        <source>Enclave images (*.eif);;All files (*)</source>
        <translation>Enclave-Images (*.eif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/launchdialog.cpp" line="306"/>
        <source>Launching… (nitro-cli waits for the enclave&apos;s heartbeat)</source>
        <translation>Wird gestartet… (nitro-cli wartet auf das Lebenszeichen der Enclave)</translation>
    </message>
</context>
<context>
    <name>enclave::ui::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="56"/>
        <source>&amp;Compare Measurements…</source>
        <translation>Messwerte &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="60"/>
        <source>Open an enclave image (.eif) or an attestation document, or drop one here.</source>
        <translation>Öffnen Sie ein Enclave-Image (.eif) oder ein Attestierungsdokument, oder ziehen Sie es hierher.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="85"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="95"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="96"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="99"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="101"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="104"/>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="106"/>
        <source>Close &amp;All Tabs</source>
        <translation>&amp;Alle Tabs schließen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="113"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="114"/>
        <source>&amp;Copy Measurements as JSON</source>
        <translation>Messwerte als JSON &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="120"/>
        <source>&amp;Expected PCRs…</source>
        <translation>&amp;Erwartete PCRs…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="128"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="129"/>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="134"/>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="139"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="145"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="154"/>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="155"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="156"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="167"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="168"/>
        <source>Open &amp;Sample EIF</source>
        <translation>&amp;Beispiel-EIF öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="171"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="174"/>
        <source>&amp;About Enclave Studio</source>
        <translation>&amp;Über Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="177"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="198"/>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="220"/>
        <source>Enclave Studio</source>
        <translation>Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="223"/>
        <source>%1 — Enclave Studio</source>
        <translation>%1 — Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="264"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="267"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="273"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="278"/>
        <source>not an enclave image or attestation document (first bytes %1): EIF files start with &quot;.eif&quot;, attestation documents are COSE_Sign1 CBOR (0x84 or 0xd2), or its base64 or hex text</source>
        <translation>weder Enclave-Image noch Attestierungsdokument (erste Bytes %1): EIF-Dateien beginnen mit „.eif“, Attestierungsdokumente sind COSE_Sign1-CBOR (0x84 oder 0xd2) oder dessen Base64- bzw. Hex-Text</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="291"/>
        <source>%1 bytes is too large for an attestation document (limit %2)</source>
        <translation>%1 Bytes sind zu groß für ein Attestierungsdokument (Grenze %2)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="309"/>
        <source>no viewer for %1 in this build</source>
        <translation>keine Ansicht für %1 in diesem Build</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="321"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="329"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="330"/>
        <source>Enclave images and attestation documents (*.eif *.cbor *.cose *.bin *.b64 *.txt *.hex);;All files (*)</source>
        <translation>Enclave-Images und Attestierungsdokumente (*.eif *.cbor *.cose *.bin *.b64 *.txt *.hex);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="359"/>
        <source>Sample EIF</source>
        <translation>Beispiel-EIF</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="360"/>
        <source>No sample EIF was found. Build the project (it writes sample/sample.eif) or run &quot;enclave-tool build-sample-eif FILE&quot; and open that file.</source>
        <translation>Es wurde kein Beispiel-EIF gefunden. Erstellen Sie das Projekt (es schreibt sample/sample.eif) oder führen Sie „enclave-tool build-sample-eif DATEI“ aus und öffnen Sie diese Datei.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="412"/>
        <source>About Enclave Studio</source>
        <translation>Über Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="413"/>
        <source>&lt;h3&gt;Enclave Studio %1&lt;/h3&gt;&lt;p&gt;Inspect AWS Nitro Enclave images, recompute their PCRs, and verify attestation documents.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enclave Studio %1&lt;/h3&gt;&lt;p&gt;AWS-Nitro-Enclave-Images untersuchen, ihre PCRs neu berechnen und Attestierungsdokumente prüfen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="434"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/viewers.cpp" line="32"/>
        <source>%1 bytes is larger than any attestation document (limit %2)</source>
        <translation>%1 Bytes sind größer als jedes Attestierungsdokument (Grenze %2)</translation>
    </message>
    <message>
        <location filename="../widgets/kmsactions.cpp" line="34"/>
        <source>&amp;KMS Key Policy…</source>
        <translation>&amp;KMS-Schlüsselrichtlinie…</translation>
    </message>
    <message>
        <location filename="../widgets/kmsactions.cpp" line="38"/>
        <source>KMS Key Policy</source>
        <translation>KMS-Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location filename="../widgets/kmsactions.cpp" line="40"/>
        <source>&amp;Sign EIF…</source>
        <translation>EIF &amp;signieren…</translation>
    </message>
    <message>
        <location filename="../widgets/kmsactions.cpp" line="46"/>
        <source>Sign EIF</source>
        <translation>EIF signieren</translation>
    </message>
    <message>
        <location filename="../widgets/kmsactions.cpp" line="48"/>
        <source>Signing &amp;Certificate…</source>
        <translation>Signatur&amp;zertifikat…</translation>
    </message>
    <message>
        <location filename="../widgets/kmsactions.cpp" line="49"/>
        <source>Signing Certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/kmsactions.cpp" line="50"/>
        <source>Security &amp;Posture Report…</source>
        <translation>Bericht zur Sicherheits&amp;lage…</translation>
    </message>
    <message>
        <location filename="../widgets/kmsactions.cpp" line="51"/>
        <source>Posture Report</source>
        <translation>Sicherheitslage</translation>
    </message>
</context>
<context>
    <name>enclave::ui::NitroErrorHints</name>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="23"/>
        <source>This is an internal nitro-cli failure; retry once, and if it persists collect the error log named in the message and restart the nitro-enclaves-allocator service.</source>
        <translation>Dies ist ein interner Fehler von nitro-cli; versuchen Sie es einmal erneut, und falls er bleibt, sichern Sie das in der Meldung genannte Fehlerprotokoll und starten Sie den Dienst nitro-enclaves-allocator neu.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="27"/>
        <source>Unspecified error</source>
        <translation>Nicht näher bezeichneter Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="29"/>
        <source>Missing argument</source>
        <translation>Fehlendes Argument</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="29"/>
        <source>Give the EIF, the CPU count and the memory size.</source>
        <translation>Geben Sie das EIF, die CPU-Anzahl und die Speichergröße an.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="31"/>
        <source>Conflicting arguments</source>
        <translation>Widersprüchliche Argumente</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="31"/>
        <source>Give either a CPU count or CPU IDs, not both.</source>
        <translation>Geben Sie entweder eine CPU-Anzahl oder CPU-IDs an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="33"/>
        <source>Invalid argument</source>
        <translation>Ungültiges Argument</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="34"/>
        <source>Check the numbers: CIDs 0-3 and 4294967295 are reserved (use 0 for an automatic CID), memory is in MiB.</source>
        <translation>Prüfen Sie die Zahlen: CIDs 0–3 und 4294967295 sind reserviert (0 für eine automatische CID), Speicher wird in MiB angegeben.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="37"/>
        <source>Socket pair creation failure</source>
        <translation>Socket-Paar konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="39"/>
        <source>Process spawn failure</source>
        <translation>Prozess konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="40"/>
        <source>The parent instance could not start the enclave process: check free memory and process limits on the parent.</source>
        <translation>Die Elterninstanz konnte den Enclave-Prozess nicht starten: Prüfen Sie freien Speicher und Prozessgrenzen auf der Elterninstanz.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="43"/>
        <source>Daemonize failure</source>
        <translation>Fehler beim Daemonisieren</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="45"/>
        <source>Cannot read the enclave sockets directory</source>
        <translation>Das Socket-Verzeichnis der Enclaves ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="46"/>
        <source>/run/nitro_enclaves is missing or not readable: install aws-nitro-enclaves-cli and add the agent&apos;s user to group &apos;ne&apos;.</source>
        <translation>/run/nitro_enclaves fehlt oder ist nicht lesbar: Installieren Sie aws-nitro-enclaves-cli und fügen Sie den Benutzer des Agenten der Gruppe „ne“ hinzu.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="49"/>
        <source>Unusable connection</source>
        <translation>Unbrauchbare Verbindung</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="51"/>
        <source>Socket close error</source>
        <translation>Fehler beim Schließen eines Sockets</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="53"/>
        <source>Cannot set the console connect timeout</source>
        <translation>Das Verbindungs-Timeout der Konsole kann nicht gesetzt werden</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="55"/>
        <source>Enclave not found</source>
        <translation>Enclave nicht gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="56"/>
        <source>The enclave ID is unknown or the enclave is gone: refresh the list; it may have exited already.</source>
        <translation>Die Enclave-ID ist unbekannt oder die Enclave ist weg: Aktualisieren Sie die Liste; sie ist vielleicht schon beendet.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="59"/>
        <source>Epoll error</source>
        <translation>Epoll-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="61"/>
        <source>Inotify error</source>
        <translation>Inotify-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="63"/>
        <source>Invalid command</source>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="65"/>
        <source>Lock acquire failure</source>
        <translation>Sperre konnte nicht erlangt werden</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="66"/>
        <source>Another nitro-cli command holds the lock; wait a moment and retry.</source>
        <translation>Ein anderer nitro-cli-Befehl hält die Sperre; warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="68"/>
        <source>Thread join failure</source>
        <translation>Fehler beim Zusammenführen eines Threads</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="70"/>
        <source>Bad configuration JSON</source>
        <translation>Fehlerhaftes Konfigurations-JSON</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="70"/>
        <source>Fix the JSON of the run configuration.</source>
        <translation>Korrigieren Sie das JSON der Startkonfiguration.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="72"/>
        <source>File permissions error</source>
        <translation>Fehler bei Dateiberechtigungen</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="73"/>
        <source>A nitro-cli log or state file belongs to another user: run the agent as the user that owns /var/log/nitro_enclaves.</source>
        <translation>Eine Protokoll- oder Statusdatei von nitro-cli gehört einem anderen Benutzer: Führen Sie den Agenten als Eigentümer von /var/log/nitro_enclaves aus.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="76"/>
        <source>File operation failure</source>
        <translation>Dateioperation fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="77"/>
        <source>A file could not be opened: check the EIF exists on the parent, and that /dev/nitro_enclaves exists (enclaves enabled on the instance, driver loaded) and the agent&apos;s user is in group &apos;ne&apos;.</source>
        <translation>Eine Datei konnte nicht geöffnet werden: Prüfen Sie, ob das EIF auf der Elterninstanz existiert, ob /dev/nitro_enclaves existiert (Enclaves auf der Instanz aktiviert, Treiber geladen) und ob der Benutzer des Agenten in der Gruppe „ne“ ist.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="81"/>
        <source>Invalid CPU configuration</source>
        <translation>Ungültige CPU-Konfiguration</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="81"/>
        <source>CPU IDs must be distinct.</source>
        <translation>CPU-IDs müssen verschieden sein.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="83"/>
        <source>CPU not in the enclave pool</source>
        <translation>CPU nicht im Enclave-Pool</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="84"/>
        <source>Pick CPUs from the pool, or edit cpu_pool in /etc/nitro_enclaves/allocator.yaml and restart nitro-enclaves-allocator.</source>
        <translation>Wählen Sie CPUs aus dem Pool, oder ändern Sie cpu_pool in /etc/nitro_enclaves/allocator.yaml und starten Sie nitro-enclaves-allocator neu.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="87"/>
        <source>Not enough CPUs in the pool</source>
        <translation>Nicht genug CPUs im Pool</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="88"/>
        <source>Terminate an enclave or lower the CPU count, or raise cpu_count in /etc/nitro_enclaves/allocator.yaml (all enclaves stopped) and restart nitro-enclaves-allocator.</source>
        <translation>Beenden Sie eine Enclave oder senken Sie die CPU-Anzahl, oder erhöhen Sie cpu_count in /etc/nitro_enclaves/allocator.yaml (alle Enclaves gestoppt) und starten Sie nitro-enclaves-allocator neu.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="92"/>
        <source>Malformed CPU ID</source>
        <translation>Fehlerhafte CPU-ID</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="94"/>
        <source>CPU interval error</source>
        <translation>Fehler im CPU-Intervall</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="96"/>
        <source>No such hugepage size</source>
        <translation>Diese Hugepage-Größe gibt es nicht</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="98"/>
        <source>Insufficient memory requested</source>
        <translation>Zu wenig Speicher angefordert</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="99"/>
        <source>Give the enclave at least 4 times the EIF file size in MiB (and never 0).</source>
        <translation>Geben Sie der Enclave mindestens das Vierfache der EIF-Dateigröße in MiB (und nie 0).</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="101"/>
        <source>Not enough enclave memory available</source>
        <translation>Nicht genug Enclave-Speicher verfügbar</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="102"/>
        <source>Terminate an enclave or ask for less memory, or raise memory_mib in /etc/nitro_enclaves/allocator.yaml and restart nitro-enclaves-allocator.</source>
        <translation>Beenden Sie eine Enclave oder fordern Sie weniger Speicher an, oder erhöhen Sie memory_mib in /etc/nitro_enclaves/allocator.yaml und starten Sie nitro-enclaves-allocator neu.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="106"/>
        <source>Invalid enclave file descriptor</source>
        <translation>Ungültiger Enclave-Dateideskriptor</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="108"/>
        <source>Ioctl failure</source>
        <translation>Ioctl-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="109"/>
        <source>The Nitro driver refused the request: on x86_64 use an even CPU count (full cores), a CID that is not in use, and wait a few seconds between launches. The error log has the driver&apos;s reason.</source>
        <translation>Der Nitro-Treiber hat die Anfrage abgelehnt: Verwenden Sie auf x86_64 eine gerade CPU-Anzahl (ganze Kerne) und eine unbenutzte CID, und warten Sie zwischen zwei Starts einige Sekunden. Das Fehlerprotokoll nennt den Grund des Treibers.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="113"/>
        <source>Image load info failure</source>
        <translation>Fehler bei den Ladeinformationen des Images</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="115"/>
        <source>Memory region setup failure</source>
        <translation>Fehler beim Einrichten des Speicherbereichs</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="117"/>
        <source>vCPU add failure</source>
        <translation>vCPU konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="118"/>
        <source>Check the CPU pool: the CPUs must be offline on the parent (nitro-enclaves-allocator).</source>
        <translation>Prüfen Sie den CPU-Pool: Die CPUs müssen auf der Elterninstanz offline sein (nitro-enclaves-allocator).</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="120"/>
        <source>Enclave start failure</source>
        <translation>Enclave-Startfehler</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="122"/>
        <source>Memory overflow</source>
        <translation>Speicherüberlauf</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="122"/>
        <source>Ask for less memory.</source>
        <translation>Fordern Sie weniger Speicher an.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="124"/>
        <source>EIF parsing error</source>
        <translation>Fehler beim Lesen des EIF</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="125"/>
        <source>The image is corrupt or hugepages are not available: rebuild or re-upload the EIF and check the allocator service.</source>
        <translation>Das Image ist beschädigt oder Hugepages sind nicht verfügbar: Erstellen Sie das EIF neu oder laden Sie es erneut hoch, und prüfen Sie den Allocator-Dienst.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="128"/>
        <source>Enclave boot failure</source>
        <translation>Enclave-Bootfehler</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="129"/>
        <source>The enclave sent no heartbeat: check the EIF (kernel, init), an expired signing certificate, and do not launch two enclaves at the same moment. Start it in debug mode to read its console.</source>
        <translation>Die Enclave hat kein Lebenszeichen gesendet: Prüfen Sie das EIF (Kernel, init) und ein abgelaufenes Signaturzertifikat, und starten Sie nie zwei Enclaves im selben Moment. Starten Sie sie im Debug-Modus, um ihre Konsole zu lesen.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="133"/>
        <source>Enclave event wait error</source>
        <translation>Fehler beim Warten auf Enclave-Ereignisse</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="135"/>
        <source>Enclave process command not executed</source>
        <translation>Befehl des Enclave-Prozesses nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="137"/>
        <source>Enclave process connection failure</source>
        <translation>Verbindung zum Enclave-Prozess fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="138"/>
        <source>Usually follows another error: look at the first error code; the enclave process may have died.</source>
        <translation>Folgt meist auf einen anderen Fehler: Sehen Sie sich den ersten Fehlercode an; der Enclave-Prozess ist vielleicht abgestürzt.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="141"/>
        <source>Socket path not found</source>
        <translation>Socket-Pfad nicht gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="141"/>
        <source>The enclave is gone: refresh the list.</source>
        <translation>Die Enclave ist weg: Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="143"/>
        <source>Send reply failure</source>
        <translation>Antwort konnte nicht gesendet werden</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="145"/>
        <source>mmap error</source>
        <translation>mmap-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="147"/>
        <source>munmap error</source>
        <translation>munmap-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="149"/>
        <source>Console connection failure</source>
        <translation>Konsolenverbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="150"/>
        <source>The console exists only for enclaves started in debug mode: relaunch with debug mode on (its attestation documents then carry zero PCRs).</source>
        <translation>Die Konsole gibt es nur für im Debug-Modus gestartete Enclaves: Starten Sie neu mit Debug-Modus (ihre Attestierungsdokumente tragen dann Null-PCRs).</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="154"/>
        <source>Console read error</source>
        <translation>Lesefehler der Konsole</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="154"/>
        <source>The enclave exited or rebooted while its console was followed.</source>
        <translation>Die Enclave wurde beendet oder neu gestartet, während ihre Konsole verfolgt wurde.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="156"/>
        <source>Console write error</source>
        <translation>Schreibfehler der Konsole</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="157"/>
        <source>The console reader went away (e.g. the SSH session ended); reconnect.</source>
        <translation>Der Konsolenleser ist weg (z. B. endete die SSH-Sitzung); verbinden Sie neu.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="159"/>
        <source>Integer parsing error</source>
        <translation>Fehler beim Lesen einer Ganzzahl</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="159"/>
        <source>Check the CID and the other numbers.</source>
        <translation>Prüfen Sie die CID und die anderen Zahlen.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="161"/>
        <source>EIF build error</source>
        <translation>Fehler beim Erstellen des EIF</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="161"/>
        <source>Check the docker image and the build output.</source>
        <translation>Prüfen Sie das Docker-Image und die Build-Ausgabe.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="163"/>
        <source>Docker build error</source>
        <translation>Docker-Build-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="163"/>
        <source>Check the Dockerfile and the docker daemon.</source>
        <translation>Prüfen Sie das Dockerfile und den Docker-Daemon.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="165"/>
        <source>Docker pull error</source>
        <translation>Docker-Pull-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="165"/>
        <source>Check the image name and the registry credentials.</source>
        <translation>Prüfen Sie den Image-Namen und die Zugangsdaten der Registry.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="167"/>
        <source>Artifacts path not set</source>
        <translation>Artefaktpfad nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="167"/>
        <source>Set HOME or NITRO_CLI_ARTIFACTS for the agent&apos;s user.</source>
        <translation>Setzen Sie HOME oder NITRO_CLI_ARTIFACTS für den Benutzer des Agenten.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="169"/>
        <source>Blobs path not set</source>
        <translation>Blob-Pfad nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="169"/>
        <source>Set NITRO_CLI_BLOBS or install the nitro-cli blobs.</source>
        <translation>Setzen Sie NITRO_CLI_BLOBS oder installieren Sie die nitro-cli-Blobs.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="171"/>
        <source>Clock skew</source>
        <translation>Uhrzeitabweichung</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="171"/>
        <source>Fix the parent instance&apos;s clock (chrony).</source>
        <translation>Korrigieren Sie die Uhr der Elterninstanz (chrony).</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="173"/>
        <source>Signal masking error</source>
        <translation>Fehler beim Maskieren von Signalen</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="175"/>
        <source>Signal unmasking error</source>
        <translation>Fehler beim Demaskieren von Signalen</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="177"/>
        <source>Logger error</source>
        <translation>Fehler der Protokollierung</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="177"/>
        <source>Check permissions of /var/log/nitro_enclaves.</source>
        <translation>Prüfen Sie die Berechtigungen von /var/log/nitro_enclaves.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="179"/>
        <source>Hasher error</source>
        <translation>Fehler beim Hashen</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="182"/>
        <source>Enclave naming error</source>
        <translation>Fehler bei der Enclave-Benennung</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="182"/>
        <source>No enclave or more than one has that name: use the enclave ID.</source>
        <translation>Keine oder mehrere Enclaves tragen diesen Namen: Verwenden Sie die Enclave-ID.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="184"/>
        <source>EIF signature check failed</source>
        <translation>Signaturprüfung des EIF fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="185"/>
        <source>The signing certificate is invalid or expired: re-sign the EIF with a valid certificate (PCR8 changes).</source>
        <translation>Das Signaturzertifikat ist ungültig oder abgelaufen: Signieren Sie das EIF mit einem gültigen Zertifikat neu (PCR8 ändert sich).</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="188"/>
        <source>EIF signing error</source>
        <translation>Fehler beim Signieren des EIF</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="189"/>
        <source>Check the signing key and certificate paths (or the KMS credentials).</source>
        <translation>Prüfen Sie die Pfade von Signaturschlüssel und Zertifikat (oder die KMS-Zugangsdaten).</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="210"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="212"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../widgets/nitroerrorhints.cpp" line="214"/>
        <source>Error log on the parent: %1</source>
        <translation>Fehlerprotokoll auf der Elterninstanz: %1</translation>
    </message>
</context>
<context>
    <name>enclave::ui::OperatorActions</name>
    <message>
        <location filename="../widgets/operatoractions.cpp" line="27"/>
        <source>&amp;Remote</source>
        <translation>&amp;Entfernt</translation>
    </message>
    <message>
        <location filename="../widgets/operatoractions.cpp" line="29"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../widgets/operatoractions.cpp" line="32"/>
        <source>&amp;Local Simulator Dashboard</source>
        <translation>&amp;Dashboard des lokalen Simulators</translation>
    </message>
    <message>
        <location filename="../widgets/operatoractions.cpp" line="69"/>
        <source>Enclaves: %1</source>
        <translation>Enclaves: %1</translation>
    </message>
</context>
<context>
    <name>enclave::ui::PcrCompareModel</name>
    <message>
        <location filename="../widgets/pcrcomparemodel.cpp" line="53"/>
        <source>left only (not compared)</source>
        <translation>nur links (nicht verglichen)</translation>
    </message>
    <message>
        <location filename="../widgets/pcrcomparemodel.cpp" line="54"/>
        <source>right only (not compared)</source>
        <translation>nur rechts (nicht verglichen)</translation>
    </message>
    <message>
        <location filename="../widgets/pcrcomparemodel.cpp" line="55"/>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <location filename="../widgets/pcrcomparemodel.cpp" line="55"/>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../widgets/pcrcomparemodel.cpp" line="57"/>
        <location filename="../widgets/pcrcomparemodel.cpp" line="59"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../widgets/pcrcomparemodel.cpp" line="100"/>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <location filename="../widgets/pcrcomparemodel.cpp" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/pcrcomparemodel.cpp" line="104"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../widgets/pcrcomparemodel.cpp" line="106"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
</context>
<context>
    <name>enclave::ui::PcrTableModel</name>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="72"/>
        <source>Enclave image</source>
        <translation>Enclave-Image</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="73"/>
        <source>Linux kernel and bootstrap</source>
        <translation>Linux-Kernel und Bootstrap</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="74"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="75"/>
        <source>IAM role of the parent instance</source>
        <translation>IAM-Rolle der Elterninstanz</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="76"/>
        <source>Parent instance ID</source>
        <translation>ID der Elterninstanz</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="77"/>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="78"/>
        <source>Custom (extended at run time)</source>
        <translation>Benutzerdefiniert (zur Laufzeit erweitert)</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="124"/>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="130"/>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="131"/>
        <source>computing</source>
        <translation>wird berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="132"/>
        <source>zero: debug mode</source>
        <translation>null: Debug-Modus</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="133"/>
        <source>zero (not used)</source>
        <translation>null (nicht verwendet)</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="134"/>
        <source>matches expected</source>
        <translation>stimmt mit Erwartung überein</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="135"/>
        <source>DIFFERS from expected %1</source>
        <translation>WEICHT AB von erwartetem %1</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="136"/>
        <source>missing (expected)</source>
        <translation>fehlt (erwartet)</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="137"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="146"/>
        <source>The enclave ran in debug mode: Nitro reports PCR0, PCR1 and PCR2 as zeros, so they prove nothing about the image.</source>
        <translation>Die Enclave lief im Debug-Modus: Nitro meldet PCR0, PCR1 und PCR2 als Nullen, sie belegen also nichts über das Image.</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="149"/>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="177"/>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="178"/>
        <source>Measures</source>
        <translation>Misst</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="179"/>
        <source>Value (SHA-384)</source>
        <translation>Wert (SHA-384)</translation>
    </message>
    <message>
        <location filename="../widgets/pcrtablemodel.cpp" line="180"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>enclave::ui::PostureReportPage</name>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="31"/>
        <source>Browse...</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="42"/>
        <source>Enclave image:</source>
        <translation>Enclave-Image:</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="42"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="43"/>
        <source>KMS key policy:</source>
        <translation>KMS-Schlüsselrichtlinie:</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="43"/>
        <location filename="../widgets/posturereportpage.cpp" line="44"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="44"/>
        <source>Attestation document:</source>
        <translation>Attestierungsdokument:</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="49"/>
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="52"/>
        <source>Export Markdown...</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="53"/>
        <source>Export HTML...</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="71"/>
        <source>Choose an enclave image (and optionally a key policy and an attestation document), then Assess.</source>
        <translation>Wählen Sie ein Enclave-Image (und optional eine Schlüsselrichtlinie und ein Attestierungsdokument) und klicken Sie dann auf „Bewerten“.</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="105"/>
        <source>Choose the enclave image to assess.</source>
        <translation>Wählen Sie das zu bewertende Enclave-Image.</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="113"/>
        <source>Assessing...</source>
        <translation>Wird bewertet…</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="128"/>
        <source>Cannot assess: %1</source>
        <translation>Bewertung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="135"/>
        <source>Report ready.</source>
        <translation>Bericht fertig.</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="157"/>
        <source>No report to export</source>
        <translation>Kein Bericht zum Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="166"/>
        <source>Export Markdown</source>
        <translation>Markdown exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="166"/>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="168"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="168"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../widgets/posturereportpage.cpp" line="173"/>
        <source>Cannot export %1: %2</source>
        <translation>%1 kann nicht exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>enclave::ui::RamdiskContentsModel</name>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="84"/>
        <source>gzip cpio</source>
        <translation>gzip-cpio</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="85"/>
        <source>cpio</source>
        <translation>cpio</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="86"/>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="87"/>
        <source>ramdisk %1 (%2, %3 entries, %4 bytes at offset %5)</source>
        <translation>Ramdisk %1 (%2, %3 Einträge, %4 Bytes ab Offset %5)</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="94"/>
        <source> - error: %1</source>
        <translation> – Fehler: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="157"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="159"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="161"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="163"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="165"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="167"/>
        <source>Modified (UTC)</source>
        <translation>Geändert (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsmodel.cpp" line="169"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>enclave::ui::RamdiskContentsView</name>
    <message>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="23"/>
        <source>Listing ramdisks...</source>
        <translation>Ramdisks werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="33"/>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="145"/>
        <source>Select a file to view its content.</source>
        <translation>Wählen Sie eine Datei, um ihren Inhalt anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="118"/>
        <source>Cannot list the ramdisks: %1</source>
        <translation>Die Ramdisks können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="123"/>
        <source>%1 ramdisks, %2 entries. Paths are shown as stored; nothing is extracted.</source>
        <translation>%1 Ramdisks, %2 Einträge. Pfade werden wie gespeichert angezeigt; nichts wird entpackt.</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="150"/>
        <source>%1: a %2, no content to show</source>
        <translation>%1: ein(e) %2, kein Inhalt anzuzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="158"/>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="179"/>
        <source>Reading %1...</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="203"/>
        <source>Cannot read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="209"/>
        <source>%1: %2 bytes, shown as %3</source>
        <translation>%1: %2 Bytes, angezeigt als %3</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="212"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="212"/>
        <source>hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../widgets/ramdiskcontentsview.cpp" line="214"/>
        <source> (first %1 bytes)</source>
        <translation> (erste %1 Bytes)</translation>
    </message>
</context>
<context>
    <name>enclave::ui::SignEifPage</name>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="40"/>
        <source>%1: larger than 1 MiB</source>
        <translation>%1: größer als 1 MiB</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="99"/>
        <source>Browse...</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="117"/>
        <source>Enclave images (*.eif);;All files (*)</source>
        <translation>Enclave-Images (*.eif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="118"/>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-Dateien (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="119"/>
        <source>Enclave image:</source>
        <translation>Enclave-Image:</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="120"/>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="121"/>
        <source>Signing certificate:</source>
        <translation>Signaturzertifikat:</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="122"/>
        <source>Passphrase file (optional):</source>
        <translation>Passphrasendatei (optional):</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="123"/>
        <source>Signed image:</source>
        <translation>Signiertes Image:</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="124"/>
        <source>Empty: replace the input image</source>
        <translation>Leer: Eingabe-Image ersetzen</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="125"/>
        <source>Sign even with an expired certificate or a damaged (CRC) image</source>
        <translation>Auch mit abgelaufenem Zertifikat oder beschädigtem Image (CRC) signieren</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="139"/>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="142"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="156"/>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="164"/>
        <source>PCR0:</source>
        <translation>PCR0:</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="165"/>
        <source>PCR8:</source>
        <translation>PCR8:</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="166"/>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="167"/>
        <source>Written to:</source>
        <translation>Geschrieben nach:</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="168"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="169"/>
        <source>Open Signed Image</source>
        <translation>Signiertes Image öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="225"/>
        <source>Choose the enclave image, the private key and the signing certificate.</source>
        <translation>Wählen Sie das Enclave-Image, den privaten Schlüssel und das Signaturzertifikat.</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="266"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="267"/>
        <source>Not signed: %1</source>
        <translation>Nicht signiert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="276"/>
        <source> (replaced the previous signature)</source>
        <translation> (vorherige Signatur ersetzt)</translation>
    </message>
    <message>
        <location filename="../widgets/signeifpage.cpp" line="278"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>enclave::ui::SigningCertificatePage</name>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="31"/>
        <source>OpenSSL -subj syntax: /CN=name/O=organisation/C=US</source>
        <translation>OpenSSL-Syntax für -subj: /CN=Name/O=Organisation/C=US</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="32"/>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="37"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="38"/>
        <source>Valid for:</source>
        <translation>Gültig für:</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="41"/>
        <source>P-384 (secp384r1, ES384)</source>
        <translation>P-384 (secp384r1, ES384)</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="42"/>
        <source>P-256 (prime256v1, ES256)</source>
        <translation>P-256 (prime256v1, ES256)</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="43"/>
        <source>P-521 (secp521r1, ES512)</source>
        <translation>P-521 (secp521r1, ES512)</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="44"/>
        <source>Curve:</source>
        <translation>Kurve:</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="48"/>
        <source>Optional: encrypts the key (PKCS#8, AES-256)</source>
        <translation>Optional: verschlüsselt den Schlüssel (PKCS#8, AES-256)</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="49"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="53"/>
        <source>Confirm passphrase:</source>
        <translation>Passphrase bestätigen:</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="60"/>
        <source>Browse...</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="66"/>
        <source>PEM files (*.pem)</source>
        <translation>PEM-Dateien (*.pem)</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="72"/>
        <source>Private key file:</source>
        <translation>Datei für privaten Schlüssel:</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="73"/>
        <source>Certificate file:</source>
        <translation>Zertifikatsdatei:</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="74"/>
        <source>Overwrite existing files</source>
        <translation>Vorhandene Dateien überschreiben</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="77"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="91"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="102"/>
        <source>PCR8 of images signed with it:</source>
        <translation>PCR8 damit signierter Images:</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="103"/>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="139"/>
        <source>Choose where to write the private key and the certificate.</source>
        <translation>Wählen Sie, wohin der private Schlüssel und das Zertifikat geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="141"/>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="151"/>
        <source>Not generated: %1</source>
        <translation>Nicht erzeugt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="155"/>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="158"/>
        <source>%1, valid until %2; key written with mode 0600%3</source>
        <translation>%1, gültig bis %2; Schlüssel mit Modus 0600 geschrieben%3</translation>
    </message>
    <message>
        <location filename="../widgets/signingcertificatepage.cpp" line="160"/>
        <source>, encrypted</source>
        <translation>, verschlüsselt</translation>
    </message>
</context>
<context>
    <name>enclave::ui::VerificationChecksModel</name>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="24"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="25"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="26"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="27"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="87"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="88"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/verificationchecksmodel.cpp" line="89"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/enclave-studio/main.cpp" line="36"/>
        <source>Inspect AWS Nitro Enclave images and attestation documents.</source>
        <translation>AWS-Nitro-Enclave-Images und Attestierungsdokumente untersuchen.</translation>
    </message>
    <message>
        <location filename="../app/enclave-studio/main.cpp" line="40"/>
        <source>EIF images or attestation documents to open.</source>
        <translation>Zu öffnende EIF-Images oder Attestierungsdokumente.</translation>
    </message>
    <message>
        <location filename="../app/enclave-studio/main.cpp" line="44"/>
        <source>Open the files, wait for their PCRs, print the longest event-loop stall and exit (non-zero above MS milliseconds).</source>
        <translation>Dateien öffnen, auf ihre PCRs warten, die längste Blockade der Ereignisschleife ausgeben und beenden (Fehlercode über MS Millisekunden).</translation>
    </message>
</context>
</TS>
