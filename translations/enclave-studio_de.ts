<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../widgets/shell/aboutdialog.cpp" line="17"/>
        <source>&lt;h3&gt;Enclave Studio %1&lt;/h3&gt;&lt;p&gt;Inspect AWS Nitro Enclave images, recompute their PCRs, verify attestation documents and operate enclaves.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enclave Studio %1&lt;/h3&gt;&lt;p&gt;Images von AWS Nitro Enclaves untersuchen, ihre PCRs nachrechnen, Attestierungsdokumente prüfen und Enclaves betreiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/shell/aboutdialog.cpp" line="21"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../widgets/shell/aboutdialog.cpp" line="22"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/aboutdialog.cpp" line="23"/>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <location filename="../widgets/shell/aboutdialog.cpp" line="24"/>
        <source>libcbor</source>
        <translation>libcbor</translation>
    </message>
    <message>
        <location filename="../widgets/shell/aboutdialog.cpp" line="25"/>
        <source>zlib</source>
        <translation>zlib</translation>
    </message>
    <message>
        <location filename="../widgets/shell/aboutdialog.cpp" line="27"/>
        <source>&lt;p&gt;Licensed under the Apache License, Version 2.0. Qt is used under the LGPL v3, OpenSSL under the Apache License 2.0, libcbor under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizenziert unter der Apache License, Version 2.0. Qt wird unter der LGPL v3 verwendet, OpenSSL unter der Apache License 2.0, libcbor unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/shell/aboutdialog.cpp" line="35"/>
        <source>About Enclave Studio</source>
        <translation>Über Enclave Studio</translation>
    </message>
</context>
<context>
    <name>AgentEndpoint</name>
    <message>
        <location filename="../core/agent/agentendpoint.cpp" line="28"/>
        <source>%1 &apos;%2&apos; is not allowed</source>
        <translation>%1 &apos;%2&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/agent/agentendpoint.cpp" line="37"/>
        <source>no program to start the agent with</source>
        <translation>kein Programm, mit dem der Agent gestartet werden kann</translation>
    </message>
    <message>
        <location filename="../core/agent/agentendpoint.cpp" line="46"/>
        <source>no host given</source>
        <translation>kein Host angegeben</translation>
    </message>
    <message>
        <location filename="../core/agent/agentendpoint.cpp" line="52"/>
        <source>host &apos;%1&apos; has characters a host name cannot have</source>
        <translation>Host &apos;%1&apos; enthält Zeichen, die in einem Hostnamen nicht vorkommen können</translation>
    </message>
    <message>
        <location filename="../core/agent/agentendpoint.cpp" line="54"/>
        <source>port %1 is out of range</source>
        <translation>Port %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/agent/agentendpoint.cpp" line="80"/>
        <source>ssh option &apos;%1&apos; is not KEY=VALUE</source>
        <translation>ssh-Option &apos;%1&apos; hat nicht die Form KEY=VALUE</translation>
    </message>
    <message>
        <location filename="../core/agent/agentendpoint.cpp" line="84"/>
        <source>the agent command must be one line</source>
        <translation>der Agent-Befehl muss aus einer Zeile bestehen</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <location filename="../core/common/atomicfilewriter.cpp" line="47"/>
        <source>is a directory</source>
        <translation>ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/common/atomicfilewriter.cpp" line="54"/>
        <source>cannot create a file next to it: %1</source>
        <translation>kann daneben keine Datei anlegen: %1</translation>
    </message>
    <message>
        <location filename="../core/common/atomicfilewriter.cpp" line="60"/>
        <source>cannot set permissions: %1</source>
        <translation>kann die Berechtigungen nicht setzen: %1</translation>
    </message>
    <message>
        <location filename="../core/common/atomicfilewriter.cpp" line="76"/>
        <location filename="../core/common/atomicfilewriter.cpp" line="98"/>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../core/common/atomicfilewriter.cpp" line="85"/>
        <source>write failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/common/atomicfilewriter.cpp" line="102"/>
        <source>fsync failed: %1</source>
        <translation>fsync fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/common/atomicfilewriter.cpp" line="122"/>
        <source>already exists; refusing to overwrite it</source>
        <translation>existiert bereits; wird nicht überschrieben</translation>
    </message>
    <message>
        <location filename="../core/common/atomicfilewriter.cpp" line="124"/>
        <source>cannot move the new file into place: %1</source>
        <translation>kann die neue Datei nicht an ihren Platz verschieben: %1</translation>
    </message>
</context>
<context>
    <name>AttestationDocument</name>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="117"/>
        <source>... (%1 bytes)</source>
        <translation>... (%1 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="152"/>
        <source>%1 must be a byte string, found %2</source>
        <translation>%1 muss ein Byte-String sein, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="156"/>
        <source>%1 must be a definite-length byte string (chunked strings are not accepted)</source>
        <translation>%1 muss ein Byte-String fester Länge sein (gestückelte Strings werden nicht akzeptiert)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="163"/>
        <source>%1 is %2 bytes, allowed %3..%4</source>
        <translation>%1 hat %2 Bytes, erlaubt sind %3..%4</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="172"/>
        <source>%1 must be a text string, found %2</source>
        <translation>%1 muss ein Text-String sein, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="176"/>
        <source>%1 must be a definite-length text string (chunked strings are not accepted)</source>
        <translation>%1 muss ein Text-String fester Länge sein (gestückelte Strings werden nicht akzeptiert)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="181"/>
        <source>%1 is %2 bytes, at most %3 allowed</source>
        <translation>%1 hat %2 Bytes, höchstens %3 erlaubt</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="189"/>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="217"/>
        <source>(chunked byte string)</source>
        <translation>(gestückelter Byte-String)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="226"/>
        <source>(chunked text string)</source>
        <translation>(gestückelter Text-String)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="313"/>
        <source>truncated by %1 bytes: the payload&apos;s length (%2 bytes) and the %3-byte signature run past the end of the data (%4 bytes)</source>
        <translation>um %1 Bytes abgeschnitten: die Länge der Nutzdaten (%2 Bytes) und die %3-Byte-Signatur reichen über das Ende der Daten (%4 Bytes) hinaus</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="354"/>
        <source>empty attestation document</source>
        <translation>leeres Attestierungsdokument</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="357"/>
        <source>document is %1 bytes, at most %2 accepted</source>
        <translation>das Dokument hat %1 Bytes, höchstens %2 werden akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="384"/>
        <source>protected header must be exactly a1013822 ({1: -35}, ES384), found %1</source>
        <translation>der geschützte Header muss genau a1013822 sein ({1: -35}, ES384), gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="389"/>
        <source>signature must be a 96-byte ES384 r||s, found %1 bytes</source>
        <translation>die Signatur muss ein 96-Byte-ES384-r||s sein, gefunden: %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="393"/>
        <source>payload is %1 bytes, allowed 1..%2</source>
        <translation>die Nutzdaten haben %1 Bytes, erlaubt sind 1..%2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="397"/>
        <source>payload must be a definite-length byte string</source>
        <translation>die Nutzdaten müssen ein Byte-String fester Länge sein</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="401"/>
        <source>unprotected header has %1 entries (not signed, ignored)</source>
        <translation>der ungeschützte Header hat %1 Einträge (nicht signiert, ignoriert)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="419"/>
        <source>payload must be a CBOR map, found %1</source>
        <translation>die Nutzdaten müssen eine CBOR-Map sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="440"/>
        <source>duplicate payload key &apos;%1&apos;</source>
        <translation>doppelter Schlüssel &apos;%1&apos; in den Nutzdaten</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="457"/>
        <source>module_id is empty</source>
        <translation>module_id ist leer</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="468"/>
        <source>digest must be &quot;SHA384&quot;, found &quot;%1&quot;</source>
        <translation>digest muss &quot;SHA384&quot; sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="476"/>
        <source>timestamp must be an unsigned integer, found %1</source>
        <translation>timestamp muss eine vorzeichenlose Ganzzahl sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="480"/>
        <source>timestamp %1 ms is not a date</source>
        <translation>timestamp %1 ms ist kein Datum</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="490"/>
        <source>%1 must be a map, found %2</source>
        <translation>%1 muss eine Map sein, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="494"/>
        <source>%1 has %2 entries, allowed 1..32</source>
        <translation>%1 hat %2 Einträge, erlaubt sind 1..32</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="501"/>
        <source>PCR index must be an unsigned integer below 32</source>
        <translation>der PCR-Index muss eine vorzeichenlose Ganzzahl unter 32 sein</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="505"/>
        <source>duplicate PCR index %1</source>
        <translation>doppelter PCR-Index %1</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="513"/>
        <source>PCR%1 is %2 bytes, must be 32, 48 or 64</source>
        <translation>PCR%1 hat %2 Bytes, erlaubt sind 32, 48 oder 64</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="543"/>
        <source>certificate is not one DER X.509 certificate: %1</source>
        <translation>certificate ist nicht genau ein DER-X.509-Zertifikat: %1</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="553"/>
        <source>cabundle must be an array, found %1</source>
        <translation>cabundle muss ein Array sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="558"/>
        <source>cabundle has %1 certificates, allowed 1..%2</source>
        <translation>cabundle enthält %1 Zertifikate, erlaubt sind 1..%2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="569"/>
        <source>%1 is not one DER X.509 certificate: %2</source>
        <translation>%1 ist nicht genau ein DER-X.509-Zertifikat: %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="593"/>
        <source>public_key is an empty byte string (AWS requires 1..1024 bytes)</source>
        <translation>public_key ist ein leerer Byte-String (AWS verlangt 1..1024 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="599"/>
        <source>%1 is %2 bytes, above AWS&apos;s documented 512</source>
        <translation>%1 hat %2 Bytes, mehr als die von AWS dokumentierten 512</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="616"/>
        <source>payload has no &apos;%1&apos;</source>
        <translation>den Nutzdaten fehlt &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="620"/>
        <source>payload has both &apos;pcrs&apos; and &apos;nitrotpm_pcrs&apos;</source>
        <translation>die Nutzdaten enthalten sowohl &apos;pcrs&apos; als auch &apos;nitrotpm_pcrs&apos;</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="635"/>
        <source>%1, %2 fields, %3 map</source>
        <translation>%1, %2 Felder, Map %3</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="644"/>
        <source>tag 18, 4 items</source>
        <translation>Tag 18, 4 Elemente</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="644"/>
        <source>untagged, 4 items</source>
        <translation>ohne Tag, 4 Elemente</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationdocument.cpp" line="707"/>
        <source>no document</source>
        <translation>kein Dokument</translation>
    </message>
</context>
<context>
    <name>AttestationEndpoint</name>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="51"/>
        <source>the endpoint answered an empty body</source>
        <translation>der Endpunkt hat mit einem leeren Rumpf geantwortet</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="58"/>
        <source>the body is not hex (expected an even number of hex digits)</source>
        <translation>der Rumpf ist kein Hex (erwartet wird eine gerade Anzahl Hex-Ziffern)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="67"/>
        <source>the body is not base64</source>
        <translation>der Rumpf ist kein Base64</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="81"/>
        <source>the attestation port must be 1 or more</source>
        <translation>der Attestierungsport muss 1 oder größer sein</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="86"/>
        <source>the HTTP method must be a token such as GET or POST</source>
        <translation>die HTTP-Methode muss ein Token wie GET oder POST sein</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="89"/>
        <source>the HTTP path must start with &apos;/&apos; (at most 1024 characters)</source>
        <translation>der HTTP-Pfad muss mit &apos;/&apos; beginnen (höchstens 1024 Zeichen)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="93"/>
        <source>the HTTP path may hold only printable ASCII without spaces</source>
        <translation>der HTTP-Pfad darf nur druckbares ASCII ohne Leerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="97"/>
        <source>name the JSON field that holds the document (json:FIELD)</source>
        <translation>das JSON-Feld nennen, das das Dokument enthält (json:FELD)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="156"/>
        <source>the response format must be raw, hex, base64 or json:FIELD</source>
        <translation>das Antwortformat muss raw, hex, base64 oder json:FELD sein</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="185"/>
        <source>unknown endpoint kind &quot;%1&quot;</source>
        <translation>unbekannte Endpunktart &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="188"/>
        <source>the endpoint port is missing or out of range</source>
        <translation>der Endpunkt-Port fehlt oder liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="242"/>
        <source>unknown endpoint preset &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Endpunkt-Vorlage &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/attestation/attestationendpoint.cpp" line="270"/>
        <location filename="../core/attestation/attestationendpoint.cpp" line="309"/>
        <source>%n unexpected byte(s) after the document</source>
        <translation>
            <numerusform>%n unerwartetes Byte nach dem Dokument</numerusform>
            <numerusform>%n unerwartete Bytes nach dem Dokument</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="284"/>
        <source>the endpoint closed the connection without answering</source>
        <translation>der Endpunkt hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/attestation/attestationendpoint.cpp" line="286"/>
        <source>the endpoint closed the connection after %n byte(s), before the document was complete</source>
        <translation>
            <numerusform>der Endpunkt hat die Verbindung nach %n Byte geschlossen, bevor das Dokument vollständig war</numerusform>
            <numerusform>der Endpunkt hat die Verbindung nach %n Bytes geschlossen, bevor das Dokument vollständig war</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="298"/>
        <source>the endpoint announced an empty document (length prefix 0)</source>
        <translation>der Endpunkt hat ein leeres Dokument angekündigt (Längenpräfix 0)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="301"/>
        <source>the endpoint announced %1 bytes, more than the %2 accepted (a wrong length prefix?)</source>
        <translation>der Endpunkt hat %1 Bytes angekündigt, mehr als die akzeptierten %2 (ein falsches Längenpräfix?)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="329"/>
        <location filename="../core/attestation/attestationendpoint.cpp" line="426"/>
        <source>the response body is larger than the %1 bytes accepted</source>
        <translation>der Antwortrumpf ist größer als die akzeptierten %1 Bytes</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/attestation/attestationendpoint.cpp" line="332"/>
        <source>%n unexpected byte(s) after the response body</source>
        <translation>
            <numerusform>%n unerwartetes Byte nach dem Antwortrumpf</numerusform>
            <numerusform>%n unerwartete Bytes nach dem Antwortrumpf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="350"/>
        <source>no end of the HTTP headers within %1 bytes</source>
        <translation>kein Ende der HTTP-Header innerhalb von %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="354"/>
        <source>the HTTP headers are longer than %1 bytes</source>
        <translation>die HTTP-Header sind länger als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="360"/>
        <source>the endpoint did not answer HTTP (first line: &quot;%1&quot;)</source>
        <translation>der Endpunkt hat nicht mit HTTP geantwortet (erste Zeile: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="365"/>
        <source>the HTTP status &quot;%1&quot; is not a number</source>
        <translation>der HTTP-Status &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="368"/>
        <source>the endpoint answered HTTP %1</source>
        <translation>der Endpunkt hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="381"/>
        <source>the Content-Length header is not a number</source>
        <translation>der Content-Length-Header ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="383"/>
        <source>two different Content-Length headers</source>
        <translation>zwei verschiedene Content-Length-Header</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="389"/>
        <source>the endpoint announced %1 bytes, more than the %2 accepted</source>
        <translation>der Endpunkt hat %1 Bytes angekündigt, mehr als die akzeptierten %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="393"/>
        <source>unsupported Transfer-Encoding &quot;%1&quot;</source>
        <translation>nicht unterstütztes Transfer-Encoding &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="415"/>
        <source>a chunk size line is longer than 64 bytes</source>
        <translation>eine Zeile mit Blockgröße ist länger als 64 Bytes</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="424"/>
        <source>a chunk size is not hex</source>
        <translation>eine Blockgröße ist kein Hex</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="459"/>
        <source>the body is not a JSON object</source>
        <translation>der Rumpf ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="462"/>
        <source>the JSON body has no text field &quot;%1&quot;</source>
        <translation>der JSON-Rumpf hat kein Textfeld &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="471"/>
        <source>the endpoint answered an empty document</source>
        <translation>der Endpunkt hat ein leeres Dokument geliefert</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationendpoint.cpp" line="473"/>
        <source>the document has %1 bytes, more than the %2 accepted</source>
        <translation>das Dokument hat %1 Bytes, mehr als die akzeptierten %2</translation>
    </message>
</context>
<context>
    <name>AttestationInput</name>
    <message>
        <location filename="../core/attestation/attestationinput.cpp" line="39"/>
        <source>input is %1 bytes, too large for an attestation document</source>
        <translation>die Eingabe hat %1 Bytes, zu groß für ein Attestierungsdokument</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationinput.cpp" line="43"/>
        <source>empty input</source>
        <translation>leere Eingabe</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationinput.cpp" line="71"/>
        <source>not CBOR, hex or base64 (unexpected character 0x%1)</source>
        <translation>weder CBOR noch Hex noch Base64 (unerwartetes Zeichen 0x%1)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationinput.cpp" line="72"/>
        <source>unexpected character 0x%1 in %2 text</source>
        <translation>unerwartetes Zeichen 0x%1 im %2-Text</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationinput.cpp" line="80"/>
        <source>input holds only whitespace</source>
        <translation>die Eingabe enthält nur Leerraum</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationinput.cpp" line="90"/>
        <source>odd number of hex digits</source>
        <translation>ungerade Anzahl Hex-Ziffern</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationinput.cpp" line="99"/>
        <source>invalid base64 padding</source>
        <translation>ungültige Base64-Auffüllung</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationinput.cpp" line="107"/>
        <source>invalid base64 text</source>
        <translation>ungültiger Base64-Text</translation>
    </message>
</context>
<context>
    <name>AttestationVerdict</name>
    <message>
        <location filename="../widgets/inspector/attestationverdict.cpp" line="47"/>
        <source>VALID: signed by a certificate chain to %1, checked at %2</source>
        <translation>GÜLTIG: signiert von einer Zertifikatskette bis %1, geprüft am %2</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationverdict.cpp" line="50"/>
        <source>The nonce you expected is in the document, so it was made for your request.</source>
        <translation>Die erwartete Nonce steht im Dokument, es wurde also für Ihre Anfrage erzeugt.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationverdict.cpp" line="54"/>
        <source>AUTHENTIC when issued on %1: signed by a certificate chain to %2</source>
        <translation>ECHT zum Ausstellungszeitpunkt %1: signiert von einer Zertifikatskette bis %2</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationverdict.cpp" line="57"/>
        <source>Authenticity is proven; freshness is not: a recorded copy passes this check too. Only a nonce you sent, found in the document, or a maximum age checked against the current time shows that it is recent.</source>
        <translation>Die Echtheit ist bewiesen, die Frische nicht: auch eine aufgezeichnete Kopie besteht diese Prüfung. Nur eine selbst gesendete Nonce im Dokument oder ein gegen die aktuelle Zeit geprüftes Höchstalter zeigt, dass es aktuell ist.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationverdict.cpp" line="75"/>
        <source>AUTHENTIC WHEN ISSUED on %1, but its certificates expired on %2</source>
        <translation>ECHT ZUM AUSSTELLUNGSZEITPUNKT %1, aber seine Zertifikate sind am %2 abgelaufen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationverdict.cpp" line="78"/>
        <source>Nitro enclave certificates live about 3 hours, so every archived document fails a check at the current time. Verify at the document&apos;s time to check that it is authentic.</source>
        <translation>Zertifikate von Nitro Enclaves leben etwa 3 Stunden, daher besteht kein archiviertes Dokument eine Prüfung zur aktuellen Zeit. Zur Zeit des Dokuments prüfen, um seine Echtheit festzustellen.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationverdict.cpp" line="86"/>
        <source>NOT VALID: %1</source>
        <translation>NICHT GÜLTIG: %1</translation>
    </message>
</context>
<context>
    <name>AttestationVerifier</name>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="89"/>
        <source>%1 array of 4, exact protected/payload bytes kept, 96-byte signature, no trailing bytes</source>
        <translation>%1 Array aus 4 Elementen, exakte geschützte Bytes und Nutzdaten-Bytes bewahrt, 96-Byte-Signatur, keine überzähligen Bytes</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="90"/>
        <source>tag 18,</source>
        <translation>Tag 18,</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="90"/>
        <source>untagged</source>
        <translation>ohne Tag</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="95"/>
        <source>protected header bytes a1013822</source>
        <translation>Bytes des geschützten Headers a1013822</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="104"/>
        <source>%1 fields; module_id, digest SHA384, timestamp, %2 PCRs, certificate, %3 CA certificates</source>
        <translation>%1 Felder; module_id, digest SHA384, timestamp, %2 PCRs, certificate, %3 CA-Zertifikate</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="109"/>
        <source>unknown keys accepted by request: %1</source>
        <translation>unbekannte Schlüssel auf Wunsch akzeptiert: %1</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="110"/>
        <source>keys outside AWS&apos;s closed list: %1</source>
        <translation>Schlüssel außerhalb der geschlossenen AWS-Liste: %1</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="118"/>
        <source>this is a NitroTPM attestation (nitrotpm_pcrs), not a Nitro Enclaves attestation</source>
        <translation>dies ist eine NitroTPM-Attestierung (nitrotpm_pcrs), keine Nitro-Enclaves-Attestierung</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="119"/>
        <source>payload has &apos;pcrs&apos;</source>
        <translation>die Nutzdaten enthalten &apos;pcrs&apos;</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="127"/>
        <source>no usable trusted root (the built-in root failed its fingerprint pin)</source>
        <translation>keine brauchbare vertrauenswürdige Wurzel (die eingebaute Wurzel hat ihre Fingerabdruck-Prüfung nicht bestanden)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="130"/>
        <source>cabundle[0] (%1, SHA-256 %2) is not the trusted root (%3, SHA-256 %4)</source>
        <translation>cabundle[0] (%1, SHA-256 %2) ist nicht die vertrauenswürdige Wurzel (%3, SHA-256 %4)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="131"/>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="135"/>
        <source>cabundle[0] is byte-identical to %1 root %2 (SHA-256 %3)</source>
        <translation>cabundle[0] ist byte-gleich mit %1 Wurzel %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="136"/>
        <source>the built-in</source>
        <translation>der eingebauten</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="136"/>
        <source>the given</source>
        <translation>der angegebenen</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="146"/>
        <source>cabundle[0] is not self-issued</source>
        <translation>cabundle[0] ist nicht selbst ausgestellt</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="149"/>
        <source>cabundle[%1] is issued by &apos;%2&apos;, not by cabundle[%3] &apos;%4&apos;</source>
        <translation>cabundle[%1] wurde von &apos;%2&apos; ausgestellt, nicht von cabundle[%3] &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="155"/>
        <source>cabundle[%1] is not a CA</source>
        <translation>cabundle[%1] ist keine CA</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="158"/>
        <source>cabundle[%1] duplicates cabundle[%2]</source>
        <translation>cabundle[%1] wiederholt cabundle[%2]</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="162"/>
        <source>the leaf is issued by &apos;%1&apos;, not by the last cabundle entry &apos;%2&apos;</source>
        <translation>das Blattzertifikat wurde von &apos;%1&apos; ausgestellt, nicht vom letzten cabundle-Eintrag &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="165"/>
        <source>the leaf certificate is also in cabundle</source>
        <translation>das Blattzertifikat steht auch in cabundle</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="167"/>
        <source>root -&gt; %1 intermediate(s) -&gt; leaf, each issued by the previous</source>
        <translation>Wurzel -&gt; %1 Zwischenzertifikat(e) -&gt; Blatt, jedes vom vorigen ausgestellt</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="176"/>
        <source>key is %1 %2, must be EC secp384r1</source>
        <translation>der Schlüssel ist %1 %2, muss EC secp384r1 sein</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="178"/>
        <source>signed with %1, must be ecdsa-with-SHA384</source>
        <translation>signiert mit %1, muss ecdsa-with-SHA384 sein</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="181"/>
        <source>leaf has basicConstraints CA:TRUE</source>
        <translation>das Blattzertifikat hat basicConstraints CA:TRUE</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="183"/>
        <source>key usage lacks digitalSignature</source>
        <translation>der Schlüsselverwendung fehlt digitalSignature</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="184"/>
        <source>EC secp384r1, ecdsa-with-SHA384, CA:FALSE, digitalSignature</source>
        <translation>EC secp384r1, ecdsa-with-SHA384, CA:FALSE, digitalSignature</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="192"/>
        <location filename="../core/attestation/attestationverifier.cpp" line="335"/>
        <source>no valid verification time</source>
        <translation>kein gültiger Prüfzeitpunkt</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="196"/>
        <source>%1 not valid before %2</source>
        <translation>%1 ist nicht gültig vor %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="198"/>
        <source>%1 expired at %2</source>
        <translation>%1 ist abgelaufen am %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="200"/>
        <source>leaf</source>
        <translation>Blattzertifikat</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="205"/>
        <source>all %1 certificates valid at %2; leaf valid until %3</source>
        <translation>alle %1 Zertifikate gültig am %2; Blattzertifikat gültig bis %3</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="208"/>
        <location filename="../core/attestation/attestationverifier.cpp" line="236"/>
        <source>at %1: %2</source>
        <translation>am %1: %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="216"/>
        <source>no trusted root or verification time</source>
        <translation>keine vertrauenswürdige Wurzel oder kein Prüfzeitpunkt</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="229"/>
        <source>OpenSSL built a %1-certificate path that is not leaf + cabundle</source>
        <translation>OpenSSL hat einen Pfad aus %1 Zertifikaten gebaut, der nicht Blatt + cabundle ist</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="233"/>
        <source>leaf -&gt; %1 intermediate(s) -&gt; root verified at %2</source>
        <translation>Blatt -&gt; %1 Zwischenzertifikat(e) -&gt; Wurzel, geprüft am %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="247"/>
        <source>ECDSA P-384/SHA-384 over Sig_structure (%1 bytes) verifies</source>
        <translation>ECDSA P-384/SHA-384 über Sig_structure (%1 Bytes) ist gültig</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="260"/>
        <source>%1 in [%2, %3)</source>
        <translation>%1 in [%2, %3)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="262"/>
        <source>%1 is outside the leaf&apos;s validity [%2, %3)</source>
        <translation>%1 liegt außerhalb der Gültigkeit des Blattzertifikats [%2, %3)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="270"/>
        <source>PCR0/1/2 are not all zero</source>
        <translation>PCR0/1/2 sind nicht alle null</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="272"/>
        <source>DEBUG MODE: PCR0, PCR1 and PCR2 are all zero. The enclave was started with --debug-mode: the parent can read its console and its measurements prove nothing about the code it runs.</source>
        <translation>DEBUG-MODUS: PCR0, PCR1 und PCR2 sind alle null. Die Enclave wurde mit --debug-mode gestartet: die Parent-Instanz kann ihre Konsole lesen, und ihre Messwerte beweisen nichts über den Code, den sie ausführt.</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="283"/>
        <source>no PCR values expected</source>
        <translation>keine PCR-Werte erwartet</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="294"/>
        <source>PCR%1 absent</source>
        <translation>PCR%1 fehlt</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="296"/>
        <source>PCR%1 is %2, expected %3</source>
        <translation>PCR%1 ist %2, erwartet %3</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="300"/>
        <source>%1 match</source>
        <translation>%1 stimmen überein</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="306"/>
        <source>nothing expected</source>
        <translation>nichts erwartet</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="308"/>
        <source>the document has none, expected %1</source>
        <translation>das Dokument hat keinen Wert, erwartet %1</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="311"/>
        <source>is %1, expected %2</source>
        <translation>ist %1, erwartet %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="312"/>
        <source>matches (%1 bytes)</source>
        <translation>stimmt überein (%1 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="333"/>
        <source>no maximum age given</source>
        <translation>kein Höchstalter angegeben</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="340"/>
        <source>timestamp is %1 s after the verification time %2</source>
        <translation>timestamp liegt %1 s nach dem Prüfzeitpunkt %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="344"/>
        <source>%1 s old at %2, at most %3 s allowed</source>
        <translation>%1 s alt am %2, höchstens %3 s erlaubt</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="347"/>
        <source>%1 s old at %2 (at most %3 s)</source>
        <translation>%1 s alt am %2 (höchstens %3 s)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="363"/>
        <source>COSE_Sign1 structure</source>
        <translation>COSE_Sign1-Struktur</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="364"/>
        <source>Protected header {1: -35} (ES384)</source>
        <translation>Geschützter Header {1: -35} (ES384)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="366"/>
        <source>Payload fields</source>
        <translation>Felder der Nutzdaten</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="367"/>
        <source>Nitro Enclaves document</source>
        <translation>Nitro-Enclaves-Dokument</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="368"/>
        <source>Root certificate pinned</source>
        <translation>Wurzelzertifikat festgelegt</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="369"/>
        <source>CA bundle order</source>
        <translation>Reihenfolge des CA-Bündels</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="370"/>
        <source>Leaf certificate profile</source>
        <translation>Profil des Blattzertifikats</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="372"/>
        <source>Certificates valid at verification time</source>
        <translation>Zertifikate zum Prüfzeitpunkt gültig</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="374"/>
        <source>Certificate chain to the root</source>
        <translation>Zertifikatskette bis zur Wurzel</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="375"/>
        <source>ES384 signature by the leaf key</source>
        <translation>ES384-Signatur mit dem Schlüssel des Blattzertifikats</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="377"/>
        <source>Timestamp within the leaf&apos;s validity</source>
        <translation>Zeitstempel innerhalb der Gültigkeit des Blattzertifikats</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="379"/>
        <source>Production (non-debug) enclave</source>
        <translation>Produktions-Enclave (kein Debug-Modus)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="381"/>
        <source>Expected PCR values</source>
        <translation>Erwartete PCR-Werte</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="382"/>
        <source>Expected nonce</source>
        <translation>Erwartete Nonce</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="383"/>
        <source>Expected user_data</source>
        <translation>Erwartete user_data</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="384"/>
        <source>Expected public_key</source>
        <translation>Erwarteter public_key</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="385"/>
        <source>Document age</source>
        <translation>Alter des Dokuments</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="449"/>
        <source>verification incomplete</source>
        <translation>Prüfung unvollständig</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="493"/>
        <source>no document was parsed</source>
        <translation>es wurde kein Dokument gelesen</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="506"/>
        <source>(invalid time)</source>
        <translation>(ungültige Zeit)</translation>
    </message>
    <message>
        <location filename="../core/attestation/attestationverifier.cpp" line="519"/>
        <source>verified at %1: this shows the document was genuine then, not that it is fresh (expect a nonce or a maximum age for that)</source>
        <translation>geprüft am %1: das zeigt, dass das Dokument damals echt war, nicht dass es frisch ist (dafür eine Nonce oder ein Höchstalter erwarten)</translation>
    </message>
</context>
<context>
    <name>CborTree</name>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="35"/>
        <location filename="../core/cbor/cbortree.cpp" line="177"/>
        <source>CBOR data ends where an item was expected</source>
        <translation>die CBOR-Daten enden, wo ein Element erwartet wurde</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="38"/>
        <source>CBOR nesting deeper than %1</source>
        <translation>CBOR-Verschachtelung tiefer als %1</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="40"/>
        <source>more than %1 CBOR items</source>
        <translation>mehr als %1 CBOR-Elemente</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="50"/>
        <source>indefinite-length CBOR item not allowed here</source>
        <translation>CBOR-Element unbestimmter Länge ist hier nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="61"/>
        <source>indefinite string without break</source>
        <translation>String unbestimmter Länge ohne Abschluss (break)</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="73"/>
        <source>bad chunk in indefinite-length string</source>
        <translation>fehlerhaftes Stück in einem String unbestimmter Länge</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="79"/>
        <source>CBOR string of %1 bytes exceeds the limit of %2</source>
        <translation>CBOR-String mit %1 Bytes überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="85"/>
        <source>CBOR string of %1 bytes, but only %2 bytes remain</source>
        <translation>CBOR-String mit %1 Bytes, aber nur noch %2 Bytes übrig</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="99"/>
        <source>CBOR %1 claims %2 entries, but only %3 bytes remain</source>
        <translation>CBOR-%1 gibt %2 Einträge an, aber nur noch %3 Bytes übrig</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="115"/>
        <source>indefinite-length container without break</source>
        <translation>Container unbestimmter Länge ohne Abschluss (break)</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="127"/>
        <source>indefinite-length map with a key but no value</source>
        <translation>Map unbestimmter Länge mit einem Schlüssel ohne Wert</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="142"/>
        <source>unexpected CBOR break</source>
        <translation>unerwartetes CBOR-break</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="144"/>
        <source>invalid two-byte CBOR simple value</source>
        <translation>ungültiger einfacher CBOR-Wert in zwei Bytes</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="148"/>
        <source>unassigned CBOR simple value %1</source>
        <translation>nicht vergebener einfacher CBOR-Wert %1</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="187"/>
        <source>CBOR item head truncated</source>
        <translation>Kopf des CBOR-Elements abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="193"/>
        <source>indefinite length is not allowed for CBOR major type %1</source>
        <translation>unbestimmte Länge ist für den CBOR-Haupttyp %1 nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="195"/>
        <source>reserved CBOR additional information %1</source>
        <translation>reservierte CBOR-Zusatzinformation %1</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="311"/>
        <source>CBOR data of %1 bytes exceeds the limit of %2</source>
        <translation>CBOR-Daten mit %1 Bytes überschreiten die Grenze von %2</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="319"/>
        <source>%1 trailing bytes after the CBOR item</source>
        <translation>%1 überzählige Bytes nach dem CBOR-Element</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="339"/>
        <source>out of memory decoding CBOR</source>
        <translation>kein Speicher mehr beim Dekodieren von CBOR</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="341"/>
        <source>CBOR data truncated</source>
        <translation>CBOR-Daten abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="343"/>
        <source>malformed CBOR</source>
        <translation>fehlerhaftes CBOR</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="347"/>
        <source>trailing bytes after the CBOR item</source>
        <translation>überzählige Bytes nach dem CBOR-Element</translation>
    </message>
    <message>
        <location filename="../core/cbor/cbortree.cpp" line="351"/>
        <source>CBOR structure not understood</source>
        <translation>CBOR-Struktur nicht verstanden</translation>
    </message>
</context>
<context>
    <name>CloseConfirmation</name>
    <message>
        <location filename="../widgets/shell/closeconfirmation.cpp" line="32"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/closeconfirmation.cpp" line="33"/>
        <source>Closing would lose:
%1</source>
        <translation>Beim Schließen ginge verloren:
%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/closeconfirmation.cpp" line="42"/>
        <source>%1 Anyway</source>
        <translation>Trotzdem %1</translation>
    </message>
</context>
<context>
    <name>CompareReport</name>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="46"/>
        <source>left only (not compared)</source>
        <translation>nur links (nicht verglichen)</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="47"/>
        <source>right only (not compared)</source>
        <translation>nur rechts (nicht verglichen)</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="48"/>
        <source>**different**</source>
        <translation>**verschieden**</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="48"/>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="55"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="57"/>
        <source>**differs**</source>
        <translation>**unterscheidet sich**</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="59"/>
        <source>only in left</source>
        <translation>nur links</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="61"/>
        <source>only in right</source>
        <translation>nur rechts</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="70"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="72"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="112"/>
        <source># Measurement comparison</source>
        <translation># Vergleich der Messwerte</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="113"/>
        <location filename="../core/measure/comparereport.cpp" line="128"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="113"/>
        <location filename="../core/measure/comparereport.cpp" line="128"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="114"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="116"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="121"/>
        <source>Identical measurements: %1 PCRs compared, all equal.</source>
        <translation>Identische Messwerte: %1 PCRs verglichen, alle gleich.</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="123"/>
        <source>Not comparable: the two sources have no PCR in common.</source>
        <translation>Nicht vergleichbar: die beiden Quellen haben kein PCR gemeinsam.</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="125"/>
        <source>Measurements differ: %1.</source>
        <translation>Die Messwerte unterscheiden sich: %1.</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="126"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="128"/>
        <location filename="../core/measure/comparereport.cpp" line="161"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="137"/>
        <location filename="../core/measure/comparereport.cpp" line="138"/>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="141"/>
        <source>%1: all zero (unused registers), not listed.</source>
        <translation>%1: ganz null (unbenutzte Register), nicht aufgeführt.</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="146"/>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="148"/>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="161"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="161"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="162"/>
        <source>PCRs moved</source>
        <translation>Bewegte PCRs</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="170"/>
        <source>none (not measured)</source>
        <translation>keine (nicht gemessen)</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="179"/>
        <source>argument removed: %1</source>
        <translation>Argument entfernt: %1</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="181"/>
        <source>argument added: %1</source>
        <translation>Argument hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="185"/>
        <source>cannot list: %1</source>
        <translation>kann nicht auflisten: %1</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="187"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="187"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../core/measure/comparereport.cpp" line="187"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>CoseSign1</name>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="31"/>
        <source>COSE_Sign1 %1 is not a byte string</source>
        <translation>COSE_Sign1 %1 ist kein Byte-String</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="34"/>
        <source>COSE_Sign1 %1 is a chunked byte string (not accepted: its bytes are signed as sent)</source>
        <translation>COSE_Sign1 %1 ist ein gestückelter Byte-String (nicht akzeptiert: seine Bytes werden so signiert, wie sie gesendet werden)</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="91"/>
        <source>CBOR tag %1 where COSE_Sign1 (tag 18 or none) was expected</source>
        <translation>CBOR-Tag %1, wo COSE_Sign1 (Tag 18 oder keiner) erwartet wurde</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="97"/>
        <source>COSE_Sign1 is not a CBOR array</source>
        <translation>COSE_Sign1 ist kein CBOR-Array</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="100"/>
        <source>COSE_Sign1 is an indefinite-length array</source>
        <translation>COSE_Sign1 ist ein Array unbestimmter Länge</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="103"/>
        <source>COSE_Sign1 array has %1 elements instead of 4</source>
        <translation>das COSE_Sign1-Array hat %1 Elemente statt 4</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="116"/>
        <source>COSE_Sign1 unprotected header is not a map</source>
        <translation>der ungeschützte COSE_Sign1-Header ist keine Map</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="138"/>
        <source>COSE_Sign1 protected header is empty (no algorithm)</source>
        <translation>der geschützte COSE_Sign1-Header ist leer (kein Algorithmus)</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="144"/>
        <source>COSE_Sign1 protected header is not a map</source>
        <translation>der geschützte COSE_Sign1-Header ist keine Map</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="147"/>
        <source>COSE_Sign1 protected header has %1 entries; only {1: alg} is accepted</source>
        <translation>der geschützte COSE_Sign1-Header hat %1 Einträge; nur {1: alg} wird akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="154"/>
        <source>COSE_Sign1 protected header key is not 1 (alg)</source>
        <translation>der Schlüssel im geschützten COSE_Sign1-Header ist nicht 1 (alg)</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="158"/>
        <location filename="../core/crypto/cosesign1.cpp" line="163"/>
        <source>COSE algorithm out of range</source>
        <translation>COSE-Algorithmus außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="166"/>
        <source>COSE algorithm is not an integer</source>
        <translation>der COSE-Algorithmus ist keine Ganzzahl</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="212"/>
        <source>unsupported COSE algorithm %1</source>
        <translation>nicht unterstützter COSE-Algorithmus %1</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="216"/>
        <source>no signing certificate</source>
        <translation>kein Signaturzertifikat</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="221"/>
        <source>signing certificate has no usable public key (%1)</source>
        <translation>das Signaturzertifikat hat keinen brauchbaren öffentlichen Schlüssel (%1)</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="223"/>
        <source>signing key is %1, not EC</source>
        <translation>der Signaturschlüssel ist %1, nicht EC</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="227"/>
        <source>%1 requires curve %2 but the signing key is on %3</source>
        <translation>%1 verlangt die Kurve %2, der Signaturschlüssel liegt aber auf %3</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="232"/>
        <source>%1 signature must be %2 bytes (raw r||s), got %3</source>
        <translation>eine %1-Signatur muss %2 Bytes haben (rohes r||s), erhalten: %3</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="244"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="247"/>
        <source>signature has a zero r or s</source>
        <translation>die Signatur hat r oder s gleich null</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="252"/>
        <source>cannot encode the signature (%1)</source>
        <translation>kann die Signatur nicht kodieren (%1)</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="261"/>
        <source>cannot set up signature verification (%1)</source>
        <translation>kann die Signaturprüfung nicht vorbereiten (%1)</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="269"/>
        <source>%1 signature does not verify with the signing certificate&apos;s key</source>
        <translation>die %1-Signatur lässt sich mit dem Schlüssel des Signaturzertifikats nicht bestätigen</translation>
    </message>
    <message>
        <location filename="../core/crypto/cosesign1.cpp" line="273"/>
        <source>signature verification failed (%1)</source>
        <translation>Signaturprüfung fehlgeschlagen (%1)</translation>
    </message>
</context>
<context>
    <name>CpioReader</name>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="109"/>
        <source>gzip-compressed cpio, decompressed offset %1: %2</source>
        <translation>gzip-komprimiertes cpio, dekomprimierter Offset %1: %2</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="137"/>
        <source>cannot seek: %1</source>
        <translation>kann nicht positionieren: %1</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="140"/>
        <source>read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="143"/>
        <source>the file ends %1 bytes before the end of the archive&apos;s range</source>
        <translation>die Datei endet %1 Bytes vor dem Ende des Archivbereichs</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="174"/>
        <source>zlib could not be initialised</source>
        <translation>zlib konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="201"/>
        <source>%1-compressed ramdisk: only plain and gzip cpio are supported</source>
        <translation>%1-komprimierte Ramdisk: nur unkomprimiertes und gzip-cpio werden unterstützt</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="216"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="240"/>
        <source>the gzip stream ends before its end marker</source>
        <translation>der gzip-Strom endet vor seiner Endmarke</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="252"/>
        <source>decompresses to more than %1 bytes</source>
        <translation>dekomprimiert zu mehr als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="262"/>
        <source>corrupt gzip data: %1</source>
        <translation>beschädigte gzip-Daten: %1</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="265"/>
        <source>zlib error %1</source>
        <translation>zlib-Fehler %1</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="356"/>
        <location filename="../core/cpio/cpioreader.cpp" line="574"/>
        <location filename="../core/cpio/cpioreader.cpp" line="644"/>
        <source>entry &apos;%1&apos;: data truncated: the header promises %2 bytes, the archive ends after %3</source>
        <translation>Eintrag &apos;%1&apos;: Daten abgeschnitten: der Header verspricht %2 Bytes, das Archiv endet nach %3</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="378"/>
        <source>the archive&apos;s device is not open for reading</source>
        <translation>das Gerät des Archivs ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="380"/>
        <source>the archive&apos;s device is not seekable</source>
        <translation>das Gerät des Archivs ist nicht positionierbar</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="386"/>
        <source>the archive&apos;s range (%1 bytes at offset %2) lies past the end of the file (%3 bytes)</source>
        <translation>der Bereich des Archivs (%1 Bytes ab Offset %2) liegt hinter dem Dateiende (%3 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="409"/>
        <source>the archive ends without a TRAILER!!! entry</source>
        <translation>das Archiv endet ohne TRAILER!!!-Eintrag</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="416"/>
        <source>unexpected data after TRAILER!!! (&apos;%1&apos; is not a cpio header)</source>
        <translation>unerwartete Daten nach TRAILER!!! (&apos;%1&apos; ist kein cpio-Header)</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="419"/>
        <source>old portable-ASCII cpio (070707): only newc (070701/070702) is supported</source>
        <translation>altes portables ASCII-cpio (070707): nur newc (070701/070702) wird unterstützt</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="420"/>
        <source>bad magic &apos;%1&apos;: not a cpio newc header</source>
        <translation>falsche Magic &apos;%1&apos;: kein cpio-newc-Header</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="425"/>
        <source>truncated entry header: %1 of %2 bytes</source>
        <translation>abgeschnittener Eintragsheader: %1 von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="443"/>
        <source>header field %1 is not hexadecimal: &apos;%2&apos;</source>
        <translation>das Headerfeld %1 ist nicht hexadezimal: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="458"/>
        <source>header field c_check is not hexadecimal: &apos;%1&apos;</source>
        <translation>das Headerfeld c_check ist nicht hexadezimal: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="466"/>
        <source>name size is 0 (it must count the terminating NUL)</source>
        <translation>die Namenslänge ist 0 (sie muss das abschließende NUL mitzählen)</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="471"/>
        <source>name size %1 exceeds the limit of %2 bytes</source>
        <translation>die Namenslänge %1 überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="479"/>
        <source>truncated name: %1 of %2 bytes</source>
        <translation>abgeschnittener Name: %1 von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="483"/>
        <source>name &apos;%1&apos; is not NUL-terminated</source>
        <translation>der Name &apos;%1&apos; ist nicht NUL-terminiert</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="488"/>
        <source>name &apos;%1&apos; contains a NUL byte</source>
        <translation>der Name &apos;%1&apos; enthält ein NUL-Byte</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="494"/>
        <source>the archive ends inside the padding after a name</source>
        <translation>das Archiv endet in der Auffüllung nach einem Namen</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="500"/>
        <source>truncated trailer data</source>
        <translation>abgeschnittene Daten des Abschlusseintrags</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="522"/>
        <source>more than %1 entries in the archive</source>
        <translation>mehr als %1 Einträge im Archiv</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="549"/>
        <source>entry &apos;%1&apos;: symlink target of %2 bytes exceeds the limit of %3</source>
        <translation>Eintrag &apos;%1&apos;: das Symlink-Ziel mit %2 Bytes überschreitet die Grenze von %3</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="582"/>
        <source>entry &apos;%1&apos;: checksum mismatch (header %2, data %3)</source>
        <translation>Eintrag &apos;%1&apos;: Prüfsumme stimmt nicht (Header %2, Daten %3)</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="632"/>
        <source>no entry data to read (hashing consumed it, or next() was not called)</source>
        <translation>keine Eintragsdaten zu lesen (das Hashen hat sie verbraucht, oder next() wurde nicht aufgerufen)</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpioreader.cpp" line="702"/>
        <source>the archive has no entry %1</source>
        <translation>das Archiv hat keinen Eintrag %1</translation>
    </message>
</context>
<context>
    <name>CpioWriter</name>
    <message>
        <location filename="../core/cpio/cpiowriter.cpp" line="78"/>
        <source>gzip input over 4 GiB</source>
        <translation>gzip-Eingabe über 4 GiB</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpiowriter.cpp" line="82"/>
        <source>zlib deflateInit2 failed</source>
        <translation>zlib deflateInit2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/cpio/cpiowriter.cpp" line="93"/>
        <source>zlib deflate failed (%1)</source>
        <translation>zlib deflate fehlgeschlagen (%1)</translation>
    </message>
</context>
<context>
    <name>EifDescription</name>
    <message>
        <location filename="../core/eif/eifdescription.cpp" line="83"/>
        <source>CRC mismatch: eif_crc32 is %1, the file&apos;s CRC-32 is %2</source>
        <translation>CRC stimmt nicht: eif_crc32 ist %1, die CRC-32 der Datei ist %2</translation>
    </message>
    <message>
        <location filename="../core/eif/eifdescription.cpp" line="101"/>
        <source>the signature is valid but signs a different PCR0 than this image&apos;s</source>
        <translation>die Signatur ist gültig, signiert aber ein anderes PCR0 als das dieses Images</translation>
    </message>
    <message>
        <location filename="../core/eif/eifdescription.cpp" line="125"/>
        <source>the signing certificate is not valid yet (until %1)</source>
        <translation>das Signaturzertifikat ist noch nicht gültig (bis %1)</translation>
    </message>
    <message>
        <location filename="../core/eif/eifdescription.cpp" line="127"/>
        <source>the signing certificate expired on %1 (nitro-cli refuses to run the image: E36/E39)</source>
        <translation>das Signaturzertifikat ist am %1 abgelaufen (nitro-cli startet das Image nicht: E36/E39)</translation>
    </message>
</context>
<context>
    <name>EifDiff</name>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="159"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="165"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="169"/>
        <source>%1: the file ends inside a section</source>
        <translation>%1: die Datei endet innerhalb eines Abschnitts</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="334"/>
        <source>same arguments, different spacing</source>
        <translation>gleiche Argumente, andere Abstände</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="335"/>
        <source>same arguments in a different order</source>
        <translation>gleiche Argumente in anderer Reihenfolge</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="340"/>
        <source>metadata is not measured: no PCR changes because of it</source>
        <translation>Metadaten werden nicht gemessen: ihretwegen ändert sich kein PCR</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="349"/>
        <source>metadata is not valid JSON on one side: compared as bytes only</source>
        <translation>die Metadaten sind auf einer Seite kein gültiges JSON: nur als Bytes verglichen</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="363"/>
        <source>same signing certificate (PCR8 unchanged); only the signature bytes differ</source>
        <translation>gleiches Signaturzertifikat (PCR8 unverändert); nur die Signatur-Bytes unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="365"/>
        <source>different signing certificate: PCR8 changes</source>
        <translation>anderes Signaturzertifikat: PCR8 ändert sich</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="398"/>
        <source>same files, but one ramdisk is gzip-compressed and the other is not</source>
        <translation>gleiche Dateien, aber eine Ramdisk ist gzip-komprimiert und die andere nicht</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="401"/>
        <source>same files; the gzip streams differ (header timestamp, compression level or tool)</source>
        <translation>gleiche Dateien; die gzip-Ströme unterscheiden sich (Zeitstempel im Header, Kompressionsstufe oder Werkzeug)</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="405"/>
        <source>same files with the same metadata; the archives differ in padding or trailer bytes</source>
        <translation>gleiche Dateien mit gleichen Metadaten; die Archive unterscheiden sich in Auffüll- oder Abschluss-Bytes</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="447"/>
        <source> only in the left image</source>
        <translation> nur im linken Image</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="449"/>
        <source> only in the right image</source>
        <translation> nur im rechten Image</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="451"/>
        <source> differs</source>
        <translation> unterscheidet sich</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="452"/>
        <source> (moves no PCR)</source>
        <translation> (bewegt kein PCR)</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="453"/>
        <source> (moves %1)</source>
        <translation> (bewegt %1)</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="461"/>
        <source>: %1 added, %2 removed, %3 changed</source>
        <translation>: %1 hinzugefügt, %2 entfernt, %3 geändert</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="463"/>
        <source> (%1 mtime/owner only)</source>
        <translation> (%1 nur mtime/Besitzer)</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="473"/>
        <source>: %1 JSON changes</source>
        <translation>: %1 JSON-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="547"/>
        <source>no section %1 in this comparison</source>
        <translation>kein Abschnitt %1 in diesem Vergleich</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="550"/>
        <source>%1 is not a ramdisk</source>
        <translation>%1 ist keine Ramdisk</translation>
    </message>
    <message>
        <location filename="../core/measure/eifdiff.cpp" line="559"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>EifFields</name>
    <message>
        <location filename="../widgets/inspector/eiffields.cpp" line="31"/>
        <location filename="../widgets/inspector/eiffields.cpp" line="66"/>
        <source>EIF header</source>
        <translation>EIF-Header</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eiffields.cpp" line="32"/>
        <location filename="../widgets/inspector/eiffields.cpp" line="67"/>
        <source>version %1, %2, %3 sections</source>
        <translation>Version %1, %2, %3 Abschnitte</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eiffields.cpp" line="39"/>
        <source>Section %1: %2</source>
        <translation>Abschnitt %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eiffields.cpp" line="40"/>
        <source>%1 bytes at %2</source>
        <translation>%1 Bytes ab %2</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eiffields.cpp" line="48"/>
        <source>Trailing bytes</source>
        <translation>Überzählige Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eiffields.cpp" line="49"/>
        <source>%1 bytes after the last section (not measured, outside the CRC)</source>
        <translation>%1 Bytes nach dem letzten Abschnitt (nicht gemessen, außerhalb der CRC)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eiffields.cpp" line="56"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eiffields.cpp" line="79"/>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eiffields.cpp" line="80"/>
        <source>%1 bytes at %2 (header table): missing, the file ends at %3</source>
        <translation>%1 Bytes bei %2 (Header-Tabelle): fehlt, die Datei endet bei %3</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eiffields.cpp" line="84"/>
        <source>%1 bytes at %2 (header table)</source>
        <translation>%1 Bytes bei %2 (Header-Tabelle)</translation>
    </message>
</context>
<context>
    <name>EifHeader</name>
    <message>
        <location filename="../core/eif/eifheader.cpp" line="36"/>
        <source>file is %1 bytes, shorter than the %2-byte EIF header</source>
        <translation>die Datei hat %1 Bytes, weniger als der %2-Byte-EIF-Header</translation>
    </message>
    <message>
        <location filename="../core/eif/eifheader.cpp" line="43"/>
        <source>bad magic %1, expected 2e656966 (&quot;.eif&quot;)</source>
        <translation>falsche Magic %1, erwartet 2e656966 (&quot;.eif&quot;)</translation>
    </message>
    <message>
        <location filename="../core/eif/eifheader.cpp" line="58"/>
        <source>unknown EIF version %1 (supported: 2, 3, 4)</source>
        <translation>unbekannte EIF-Version %1 (unterstützt: 2, 3, 4)</translation>
    </message>
    <message>
        <location filename="../core/eif/eifheader.cpp" line="67"/>
        <source>num_sections is %1, must be 1..%2</source>
        <translation>num_sections ist %1, muss 1..%2 sein</translation>
    </message>
</context>
<context>
    <name>EifImageSigner</name>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="41"/>
        <source>the signature section would be %1 bytes; at most %2</source>
        <translation>der Signaturabschnitt hätte %1 Bytes; höchstens %2</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="55"/>
        <source>the certificate file is %1 bytes: too large for a signature section</source>
        <translation>die Zertifikatsdatei hat %1 Bytes: zu groß für einen Signaturabschnitt</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="59"/>
        <source>signing certificate: %1</source>
        <translation>Signaturzertifikat: %1</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="62"/>
        <source>the signing certificate holds an RSA key: EIF signatures are ECDSA (P-256, P-384, P-521)</source>
        <translation>das Signaturzertifikat enthält einen RSA-Schlüssel: EIF-Signaturen sind ECDSA (P-256, P-384, P-521)</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="65"/>
        <source>private key: %1</source>
        <translation>privater Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="68"/>
        <source>the private key does not match the signing certificate&apos;s public key</source>
        <translation>der private Schlüssel passt nicht zum öffentlichen Schlüssel des Signaturzertifikats</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="73"/>
        <source>the signing certificate expired on %1</source>
        <translation>das Signaturzertifikat ist am %1 abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="74"/>
        <source>the signing certificate is not valid before %1</source>
        <translation>das Signaturzertifikat ist nicht gültig vor %1</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="77"/>
        <source>; nitro-cli run-enclave refuses such an image (use --force to sign anyway)</source>
        <translation>; nitro-cli run-enclave lehnt ein solches Image ab (mit --force trotzdem signieren)</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="78"/>
        <location filename="../core/signing/eifimagesigner.cpp" line="109"/>
        <source> (signed because of --force)</source>
        <translation> (wegen --force signiert)</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="98"/>
        <source>signing cancelled</source>
        <translation>Signieren abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="103"/>
        <source>the input&apos;s CRC is wrong (stored %1, computed %2): the image is damaged</source>
        <translation>die CRC der Eingabe ist falsch (gespeichert %1, berechnet %2): das Image ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="108"/>
        <source> (use --force to sign anyway)</source>
        <translation> (mit --force trotzdem signieren)</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="126"/>
        <source>PCR0 changed while signing (was the input modified meanwhile?)</source>
        <translation>PCR0 hat sich beim Signieren geändert (wurde die Eingabe inzwischen verändert?)</translation>
    </message>
    <message>
        <location filename="../core/signing/eifimagesigner.cpp" line="135"/>
        <source>the new signature does not verify over PCR0</source>
        <translation>die neue Signatur lässt sich über PCR0 nicht bestätigen</translation>
    </message>
</context>
<context>
    <name>EifMetadata</name>
    <message>
        <location filename="../core/eif/eifmetadata.cpp" line="21"/>
        <source>metadata section: invalid JSON: %1</source>
        <translation>Metadatenabschnitt: ungültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/eif/eifmetadata.cpp" line="25"/>
        <source>metadata section: JSON is not an object</source>
        <translation>Metadatenabschnitt: das JSON ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>EifReader</name>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="24"/>
        <location filename="../core/eif/eifreader.cpp" line="281"/>
        <source>cannot open: %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="28"/>
        <source>empty file, not an EIF</source>
        <translation>leere Datei, kein EIF</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="31"/>
        <location filename="../core/eif/eifreader.cpp" line="69"/>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="63"/>
        <source>more than %1 sections</source>
        <translation>mehr als %1 Abschnitte</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="66"/>
        <location filename="../core/eif/eifreader.cpp" line="283"/>
        <source>seek failed: %1</source>
        <translation>Positionieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="75"/>
        <source>section %1: unknown section type %2</source>
        <translation>Abschnitt %1: unbekannter Abschnittstyp %2</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="81"/>
        <source>section %1 (%2): size %3 overflows 64-bit offsets</source>
        <translation>Abschnitt %1 (%2): Größe %3 sprengt 64-Bit-Offsets</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="86"/>
        <source>section %1 (%2): size %3 goes past end of file (%4 bytes left)</source>
        <translation>Abschnitt %1 (%2): Größe %3 reicht über das Dateiende hinaus (%4 Bytes übrig)</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="97"/>
        <source>section %1 (%2): flags 0x%3 are reserved, the hypervisor requires 0</source>
        <translation>Abschnitt %1 (%2): die Flags 0x%3 sind reserviert, der Hypervisor verlangt 0</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="107"/>
        <source>section %1 (%2) is empty: QEMU&apos;s EIF loader refuses zero-size sections</source>
        <translation>Abschnitt %1 (%2) ist leer: der EIF-Lader von QEMU lehnt Abschnitte der Größe null ab</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="136"/>
        <source>header says num_sections %1 but walking the file finds %2 sections</source>
        <translation>der Header nennt num_sections %1, beim Durchlaufen der Datei finden sich aber %2 Abschnitte</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="147"/>
        <source>header table: section_offsets[%1] is %2 but section %1 (%3) starts at %4</source>
        <translation>Header-Tabelle: section_offsets[%1] ist %2, aber Abschnitt %1 (%3) beginnt bei %4</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="167"/>
        <source>header table: section_sizes[%1] is %2 but section %1 (%3) holds %4 bytes</source>
        <translation>Header-Tabelle: section_sizes[%1] ist %2, aber Abschnitt %1 (%3) enthält %4 Bytes</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="179"/>
        <source>header table: unused slot %1 is not zero</source>
        <translation>Header-Tabelle: der unbenutzte Eintrag %1 ist nicht null</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="200"/>
        <source>section %1: a second %2 section (at most one allowed)</source>
        <translation>Abschnitt %1: ein zweiter %2-Abschnitt (höchstens einer erlaubt)</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="207"/>
        <source>no kernel section</source>
        <translation>kein Kernel-Abschnitt</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="209"/>
        <source>no cmdline section</source>
        <translation>kein cmdline-Abschnitt</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="211"/>
        <source>no ramdisk section</source>
        <translation>kein Ramdisk-Abschnitt</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="232"/>
        <source>metadata section in a version %1 image (metadata came with version 4)</source>
        <translation>Metadatenabschnitt in einem Image der Version %1 (Metadaten gibt es seit Version 4)</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="241"/>
        <source>header flags 0x%1 set reserved bits</source>
        <translation>die Header-Flags 0x%1 setzen reservierte Bits</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="245"/>
        <source>header reserved field is %1, expected 0</source>
        <translation>das reservierte Header-Feld ist %1, erwartet 0</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="247"/>
        <source>header unused field is %1, expected 0</source>
        <translation>das unbenutzte Header-Feld ist %1, erwartet 0</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="278"/>
        <source>%1 bytes go past end of file</source>
        <translation>%1 Bytes reichen über das Dateiende hinaus</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="286"/>
        <source>short read: file changed while reading?</source>
        <translation>zu wenig gelesen: wurde die Datei beim Lesen geändert?</translation>
    </message>
    <message>
        <location filename="../core/eif/eifreader.cpp" line="294"/>
        <source>section %1 (%2) is %3 bytes, more than the %4 bytes accepted</source>
        <translation>Abschnitt %1 (%2) hat %3 Bytes, mehr als die akzeptierten %4 Bytes</translation>
    </message>
</context>
<context>
    <name>EifSectionDevice</name>
    <message>
        <location filename="../core/eif/eifsectiondevice.cpp" line="26"/>
        <source>EifSectionDevice is read-only</source>
        <translation>EifSectionDevice kann nur gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/eif/eifsectiondevice.cpp" line="30"/>
        <source>negative offset or size</source>
        <translation>negativer Offset oder negative Größe</translation>
    </message>
    <message>
        <location filename="../core/eif/eifsectiondevice.cpp" line="38"/>
        <source>the file ends before the section does</source>
        <translation>die Datei endet vor dem Abschnitt</translation>
    </message>
</context>
<context>
    <name>EifSignature</name>
    <message>
        <location filename="../core/eif/eifsignature.cpp" line="36"/>
        <source>signature section: %1 is not an array of bytes</source>
        <translation>Signaturabschnitt: %1 ist kein Array von Bytes</translation>
    </message>
    <message>
        <location filename="../core/eif/eifsignature.cpp" line="43"/>
        <source>signature section: %1 holds an element that is not a byte</source>
        <translation>Signaturabschnitt: %1 enthält ein Element, das kein Byte ist</translation>
    </message>
    <message>
        <location filename="../core/eif/eifsignature.cpp" line="61"/>
        <source>signature section: bad CBOR: %1</source>
        <translation>Signaturabschnitt: fehlerhaftes CBOR: %1</translation>
    </message>
    <message>
        <location filename="../core/eif/eifsignature.cpp" line="67"/>
        <source>signature section: expected a non-empty CBOR array of PcrSignature</source>
        <translation>Signaturabschnitt: erwartet wurde ein nicht leeres CBOR-Array von PcrSignature</translation>
    </message>
    <message>
        <location filename="../core/eif/eifsignature.cpp" line="74"/>
        <source>signature section: entry 0 is not a map</source>
        <translation>Signaturabschnitt: Eintrag 0 ist keine Map</translation>
    </message>
    <message>
        <location filename="../core/eif/eifsignature.cpp" line="87"/>
        <source>signature section: entry 0 lacks %1</source>
        <translation>Signaturabschnitt: Eintrag 0 fehlt %1</translation>
    </message>
    <message>
        <location filename="../core/eif/eifsignature.cpp" line="107"/>
        <source>signature section: signing_certificate is not a PEM certificate</source>
        <translation>Signaturabschnitt: signing_certificate ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/eif/eifsignature.cpp" line="112"/>
        <source>signature section: signing_certificate: %1</source>
        <translation>Signaturabschnitt: signing_certificate: %1</translation>
    </message>
    <message>
        <location filename="../core/eif/eifsignature.cpp" line="120"/>
        <source>signature section: COSE_Sign1: %1</source>
        <translation>Signaturabschnitt: COSE_Sign1: %1</translation>
    </message>
    <message>
        <location filename="../core/eif/eifsignature.cpp" line="125"/>
        <source>signature section: COSE algorithm %1 is not ES256, ES384 or ES512</source>
        <translation>Signaturabschnitt: der COSE-Algorithmus %1 ist nicht ES256, ES384 oder ES512</translation>
    </message>
</context>
<context>
    <name>EifSignatureWriter</name>
    <message>
        <location filename="../core/signing/eifsignaturewriter.cpp" line="52"/>
        <source>input shrank or cannot be read while signing</source>
        <translation>die Eingabe ist beim Signieren geschrumpft oder nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/signing/eifsignaturewriter.cpp" line="61"/>
        <source>signing cancelled</source>
        <translation>Signieren abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/signing/eifsignaturewriter.cpp" line="91"/>
        <source>more than one signature section</source>
        <translation>mehr als ein Signaturabschnitt</translation>
    </message>
    <message>
        <location filename="../core/signing/eifsignaturewriter.cpp" line="96"/>
        <source>the image already has 32 sections; no room for a signature</source>
        <translation>das Image hat bereits 32 Abschnitte; kein Platz für eine Signatur</translation>
    </message>
    <message>
        <location filename="../core/signing/eifsignaturewriter.cpp" line="116"/>
        <source>the signature section would be %1 bytes; at most %2</source>
        <translation>der Signaturabschnitt hätte %1 Bytes; höchstens %2</translation>
    </message>
    <message>
        <location filename="../core/signing/eifsignaturewriter.cpp" line="206"/>
        <source>the signed image does not read back: %1</source>
        <translation>das signierte Image lässt sich nicht zurücklesen: %1</translation>
    </message>
    <message>
        <location filename="../core/signing/eifsignaturewriter.cpp" line="217"/>
        <source>the signed image&apos;s section table does not read back</source>
        <translation>die Abschnittstabelle des signierten Images lässt sich nicht zurücklesen</translation>
    </message>
</context>
<context>
    <name>EifWriter</name>
    <message>
        <location filename="../core/eif/eifwriter.cpp" line="56"/>
        <location filename="../core/eif/eifwriter.cpp" line="168"/>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../core/eif/eifwriter.cpp" line="67"/>
        <source>read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/eif/eifwriter.cpp" line="103"/>
        <source>%1 sections, at most %2</source>
        <translation>%1 Abschnitte, höchstens %2</translation>
    </message>
    <message>
        <location filename="../core/eif/eifwriter.cpp" line="115"/>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <location filename="../core/eif/eifwriter.cpp" line="126"/>
        <source>empty %1: an EIF section must not be empty</source>
        <translation>leere %1: ein EIF-Abschnitt darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/eif/eifwriter.cpp" line="127"/>
        <source>%1: empty %2 file: an EIF section must not be empty</source>
        <translation>%1: leere %2-Datei: ein EIF-Abschnitt darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/eif/eifwriter.cpp" line="136"/>
        <source>cannot create %1: %2</source>
        <translation>kann %1 nicht anlegen: %2</translation>
    </message>
    <message>
        <location filename="../core/eif/eifwriter.cpp" line="158"/>
        <location filename="../core/eif/eifwriter.cpp" line="160"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/eif/eifwriter.cpp" line="166"/>
        <source>cannot write the CRC: %1</source>
        <translation>kann die CRC nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>FileTypeDetector</name>
    <message>
        <location filename="../widgets/shell/filetype.cpp" line="11"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/shell/filetype.cpp" line="13"/>
        <source>Empty file</source>
        <translation>Leere Datei</translation>
    </message>
    <message>
        <location filename="../widgets/shell/filetype.cpp" line="15"/>
        <source>Enclave image (EIF)</source>
        <translation>Enclave-Image (EIF)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/filetype.cpp" line="17"/>
        <source>Attestation document (CBOR)</source>
        <translation>Attestierungsdokument (CBOR)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/filetype.cpp" line="19"/>
        <source>Attestation document (base64)</source>
        <translation>Attestierungsdokument (Base64)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/filetype.cpp" line="21"/>
        <source>Attestation document (hex)</source>
        <translation>Attestierungsdokument (Hex)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/filetype.cpp" line="23"/>
        <source>nitro-cli measurements (JSON)</source>
        <translation>nitro-cli-Messwerte (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/filetype.cpp" line="25"/>
        <source>describe-eif output (JSON)</source>
        <translation>Ausgabe von describe-eif (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/filetype.cpp" line="27"/>
        <source>KMS key policy</source>
        <translation>KMS-Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location filename="../widgets/shell/filetype.cpp" line="29"/>
        <source>Expected PCR values</source>
        <translation>Erwartete PCR-Werte</translation>
    </message>
</context>
<context>
    <name>IamRoleArn</name>
    <message>
        <location filename="../core/kms/iamrolearn.cpp" line="21"/>
        <source>the principal ARN is empty</source>
        <translation>der Principal-ARN ist leer</translation>
    </message>
    <message>
        <location filename="../core/kms/iamrolearn.cpp" line="23"/>
        <source>the principal ARN has leading or trailing spaces</source>
        <translation>der Principal-ARN hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <location filename="../core/kms/iamrolearn.cpp" line="28"/>
        <source>&apos;%1&apos; is an STS assumed-role session ARN; key policies need the IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)</source>
        <translation>&apos;%1&apos; ist der ARN einer STS-Sitzung (assumed-role); Schlüsselrichtlinien brauchen den ARN der IAM-Rolle (arn:aws:iam::KONTO:role/NAME)</translation>
    </message>
    <message>
        <location filename="../core/kms/iamrolearn.cpp" line="32"/>
        <source>&apos;%1&apos; is not an IAM role ARN (expected arn:aws:iam::&lt;12-digit account&gt;:role/&lt;name&gt;)</source>
        <translation>&apos;%1&apos; ist kein IAM-Rollen-ARN (erwartet arn:aws:iam::&lt;12-stelliges Konto&gt;:role/&lt;Name&gt;)</translation>
    </message>
    <message>
        <location filename="../core/kms/iamrolearn.cpp" line="38"/>
        <source>the role path of &apos;%1&apos; is longer than 512 characters</source>
        <translation>der Rollenpfad von &apos;%1&apos; ist länger als 512 Zeichen</translation>
    </message>
</context>
<context>
    <name>KmsPolicy</name>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="51"/>
        <source>statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="52"/>
        <source>statement %1 (%2)</source>
        <translation>Anweisung %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="68"/>
        <source>policy is %1 bytes; at most %2 accepted</source>
        <translation>die Richtlinie hat %1 Bytes; höchstens %2 werden akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="73"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="77"/>
        <source>a policy must be a JSON object</source>
        <translation>eine Richtlinie muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="91"/>
        <source>&quot;Statement&quot; must be an object or an array</source>
        <translation>&quot;Statement&quot; muss ein Objekt oder ein Array sein</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="97"/>
        <source>neither a policy (no &quot;Statement&quot;) nor a statement (no &quot;Effect&quot;)</source>
        <translation>weder eine Richtlinie (kein &quot;Statement&quot;) noch eine Anweisung (kein &quot;Effect&quot;)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="103"/>
        <source>more than %1 statements</source>
        <translation>mehr als %1 Anweisungen</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="108"/>
        <source>statement %1 is not an object</source>
        <translation>Anweisung %1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="121"/>
        <source>%1: &quot;Effect&quot; must be &quot;Allow&quot; or &quot;Deny&quot;</source>
        <translation>%1: &quot;Effect&quot; muss &quot;Allow&quot; oder &quot;Deny&quot; sein</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="129"/>
        <source>%1: a string principal must be &quot;*&quot;</source>
        <translation>%1: ein Principal als String muss &quot;*&quot; sein</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="138"/>
        <source>%1: principal &quot;%2&quot; must be a string or a list of strings</source>
        <translation>%1: Principal &quot;%2&quot; muss ein String oder eine Liste von Strings sein</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="147"/>
        <source>%1: &quot;Principal&quot; has the wrong type</source>
        <translation>%1: &quot;Principal&quot; hat den falschen Typ</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="155"/>
        <source>%1: &quot;Action&quot; must be a string or a list of strings</source>
        <translation>%1: &quot;Action&quot; muss ein String oder eine Liste von Strings sein</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="161"/>
        <source>%1: &quot;Condition&quot; must be an object</source>
        <translation>%1: &quot;Condition&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="166"/>
        <source>%1: condition operator &quot;%2&quot; must map keys to values</source>
        <translation>%1: der Bedingungsoperator &quot;%2&quot; muss Schlüssel auf Werte abbilden</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicy.cpp" line="188"/>
        <source>%1: more than %2 values for %3</source>
        <translation>%1: mehr als %2 Werte für %3</translation>
    </message>
</context>
<context>
    <name>KmsPolicyChecker</name>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="54"/>
        <source>%1 is not an attestation key; the measurements cannot decide it (assumed to hold)</source>
        <translation>%1 ist kein Attestierungsschlüssel; die Messwerte können ihn nicht entscheiden (als erfüllt angenommen)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="68"/>
        <source>Null takes &quot;true&quot; or &quot;false&quot;</source>
        <translation>Null nimmt &quot;true&quot; oder &quot;false&quot;</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="73"/>
        <source>an attested request carries %1</source>
        <translation>eine attestierte Anfrage enthält %1</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="74"/>
        <source>an enclave&apos;s attested request does not carry %1</source>
        <translation>die attestierte Anfrage einer Enclave enthält %1 nicht</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="85"/>
        <source>%1 is not a string operator; KMS compares PCR values as strings</source>
        <translation>%1 ist kein String-Operator; KMS vergleicht PCR-Werte als Strings</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="93"/>
        <source>%1 is a NitroTPM key: an enclave&apos;s attestation document never carries it</source>
        <translation>%1 ist ein NitroTPM-Schlüssel: das Attestierungsdokument einer Enclave enthält ihn nie</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="96"/>
        <source>%1 is not a condition key KMS sets for Nitro Enclaves</source>
        <translation>%1 ist kein Bedingungsschlüssel, den KMS für Nitro Enclaves setzt</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="98"/>
        <source>the source has no PCR%1, so the request would not carry %2</source>
        <translation>die Quelle hat kein PCR%1, also enthielte die Anfrage %2 nicht</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="107"/>
        <source>the source has no PCR%1 (it depends on the parent instance&apos;s %2, not on the image)</source>
        <translation>die Quelle hat kein PCR%1 (es hängt von %2 der Parent-Instanz ab, nicht vom Image)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="109"/>
        <source>IAM role</source>
        <translation>IAM-Rolle</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="109"/>
        <source>instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="111"/>
        <source>the source has no PCR8 (an unsigned image: its attestation would report 48 zero bytes)</source>
        <translation>die Quelle hat kein PCR8 (ein unsigniertes Image: seine Attestierung meldet 48 Null-Bytes)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="114"/>
        <source>the source has no PCR%1</source>
        <translation>die Quelle hat kein PCR%1</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="134"/>
        <source>PCR%1 %2 matches a value the policy lists</source>
        <translation>PCR%1 %2 entspricht einem Wert, den die Richtlinie nennt</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="138"/>
        <source>PCR%1 is %2; the policy lists %3</source>
        <translation>PCR%1 ist %2; die Richtlinie nennt %3</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="142"/>
        <source> (negated: holds)</source>
        <translation> (negiert: erfüllt)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="142"/>
        <source> (negated: does not hold)</source>
        <translation> (negiert: nicht erfüllt)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="248"/>
        <source>does not cover %1</source>
        <translation>betrifft %1 nicht</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="251"/>
        <source>allows %1 to the principal</source>
        <translation>erlaubt %1 dem Principal</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="254"/>
        <source>allows an account root: access then depends on IAM policies</source>
        <translation>erlaubt einem Konto-Root: der Zugriff hängt dann von IAM-Richtlinien ab</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="257"/>
        <source>denies %1 to the principal</source>
        <translation>verweigert %1 dem Principal</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="260"/>
        <source>names another principal</source>
        <translation>nennt einen anderen Principal</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="275"/>
        <source>%1 allows %2 without any attestation condition</source>
        <translation>%1 erlaubt %2 ohne jede Attestierungsbedingung</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="278"/>
        <source>%1 allows %2: every attestation condition holds</source>
        <translation>%1 erlaubt %2: jede Attestierungsbedingung ist erfüllt</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="291"/>
        <source>%1 denies %2: %3</source>
        <translation>%1 verweigert %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="300"/>
        <source>%1 may deny %2: %3</source>
        <translation>%1 verweigert %2 möglicherweise: %3</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="315"/>
        <source>no statement allows %1 to %2</source>
        <translation>keine Anweisung erlaubt %1 für %2</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicychecker.cpp" line="317"/>
        <source>a role principal</source>
        <translation>ein Rollen-Principal</translation>
    </message>
</context>
<context>
    <name>KmsPolicyGenerator</name>
    <message>
        <location filename="../core/kms/kmspolicygenerator.cpp" line="69"/>
        <source>action &apos;%1&apos; does not take an attestation document (allowed: %2)</source>
        <translation>die Aktion &apos;%1&apos; nimmt kein Attestierungsdokument an (erlaubt: %2)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicygenerator.cpp" line="74"/>
        <source>no PCR to bind: choose at least one of PCR0-PCR4, PCR8</source>
        <translation>kein PCR zum Binden: wähle mindestens eines aus PCR0-PCR4, PCR8</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicygenerator.cpp" line="79"/>
        <source>PCR%1 is not an enclave measurement KMS compares (PCR0-PCR4, PCR8, PCR16-PCR31)</source>
        <translation>PCR%1 ist kein Enclave-Messwert, den KMS vergleicht (PCR0-PCR4, PCR8, PCR16-PCR31)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicygenerator.cpp" line="82"/>
        <source>PCR%1 has no value in the source</source>
        <translation>PCR%1 hat in der Quelle keinen Wert</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicygenerator.cpp" line="86"/>
        <source>PCR%1 value is %2 bytes; KMS compares 48-byte SHA-384 registers</source>
        <translation>der Wert von PCR%1 hat %2 Bytes; KMS vergleicht 48-Byte-SHA-384-Register</translation>
    </message>
</context>
<context>
    <name>KmsPolicyLinter</name>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="51"/>
        <source>%1 uses a wildcard value &apos;%2&apos;: it admits more than one measurement</source>
        <translation>%1 verwendet einen Platzhalterwert &apos;%2&apos;: er lässt mehr als einen Messwert zu</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="56"/>
        <source>%1 value starts with &apos;0x&apos;: KMS compares the bare hex string, so it never matches</source>
        <translation>der Wert von %1 beginnt mit &apos;0x&apos;: KMS vergleicht den reinen Hex-String, er passt also nie</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="63"/>
        <source>%1 value &apos;%2&apos; is not hexadecimal (character &apos;%3&apos;)</source>
        <translation>der Wert &apos;%2&apos; von %1 ist nicht hexadezimal (Zeichen &apos;%3&apos;)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="69"/>
        <source>%1 value has %2 hex digits; a PCR is 96 (48 bytes of SHA-384)</source>
        <translation>der Wert von %1 hat %2 Hex-Ziffern; ein PCR hat 96 (48 Bytes SHA-384)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="80"/>
        <source>%1 value is upper case under the case-sensitive %2: it never matches the lower-case PCR KMS compares</source>
        <translation>der Wert von %1 ist großgeschrieben unter dem groß-/kleinschreibungsabhängigen %2: er passt nie zum kleingeschriebenen PCR, den KMS vergleicht</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="83"/>
        <source>%1 value is upper case; AWS documents lower-case hex</source>
        <translation>der Wert von %1 ist großgeschrieben; AWS dokumentiert Hex in Kleinbuchstaben</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="90"/>
        <source>PCR8 bound to 48 zero bytes: admits every unsigned image</source>
        <translation>PCR8 an 48 Null-Bytes gebunden: lässt jedes unsignierte Image zu</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="93"/>
        <source>%1 bound to 48 zero bytes: admits every debug-mode enclave (debug enclaves report all-zero PCRs)</source>
        <translation>%1 an 48 Null-Bytes gebunden: lässt jede Enclave im Debug-Modus zu (Debug-Enclaves melden nur Null-PCRs)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="109"/>
        <source>%1 is not a condition key KMS knows (ImageSha384, PCR0-PCR31)</source>
        <translation>%1 ist kein Bedingungsschlüssel, den KMS kennt (ImageSha384, PCR0-PCR31)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="113"/>
        <source>%1 is a NitroTPM (EC2 instance) key: a Nitro Enclave&apos;s request never carries it</source>
        <translation>%1 ist ein NitroTPM-Schlüssel (EC2-Instanz): die Anfrage einer Nitro Enclave enthält ihn nie</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="124"/>
        <source>%1 is bound: PCR%2 is derived from the parent instance&apos;s %3, so the key works on one %4 only and an image rebuild does not change it</source>
        <translation>%1 ist gebunden: PCR%2 leitet sich aus %3 der Parent-Instanz ab, der Schlüssel funktioniert also nur auf einer %4, und ein Neubau des Images ändert ihn nicht</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="130"/>
        <source>IAM role ARN</source>
        <translation>IAM-Rollen-ARN</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="130"/>
        <source>instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="131"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="131"/>
        <source>instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="134"/>
        <source>%1 is a custom PCR: the enclave application extends it at run time (newer KMS feature)</source>
        <translation>%1 ist ein eigenes PCR: die Enclave-Anwendung erweitert es zur Laufzeit (neuere KMS-Funktion)</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="139"/>
        <source>%1 is not one of the enclave measurements (PCR0-4, PCR8): it is always zero</source>
        <translation>%1 ist keiner der Enclave-Messwerte (PCR0-4, PCR8): es ist immer null</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="149"/>
        <source>%1 on %2: PCRs are strings; use StringEqualsIgnoreCase</source>
        <translation>%1 auf %2: PCRs sind Strings; StringEqualsIgnoreCase verwenden</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="155"/>
        <source>Null on %1 in an Allow only checks presence, not the value</source>
        <translation>Null auf %1 in einem Allow prüft nur das Vorhandensein, nicht den Wert</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="160"/>
        <source>%1 lets requests without an attestation document through</source>
        <translation>%1 lässt Anfragen ohne Attestierungsdokument durch</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="163"/>
        <source>ForAllValues on %1 holds when the key is absent: requests without attestation pass</source>
        <translation>ForAllValues auf %1 ist erfüllt, wenn der Schlüssel fehlt: Anfragen ohne Attestierung kommen durch</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="167"/>
        <source>%1 is single-valued; drop the %2 qualifier</source>
        <translation>%1 ist einwertig; den Zusatz %2 weglassen</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="170"/>
        <source>AWS documents StringEqualsIgnoreCase for %1</source>
        <translation>AWS dokumentiert StringEqualsIgnoreCase für %1</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="174"/>
        <source>%1 in an Allow admits every enclave except the listed ones, and requests without attestation</source>
        <translation>%1 in einem Allow lässt jede Enclave außer den genannten zu, dazu Anfragen ohne Attestierung</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="179"/>
        <source>%1 has a value that is not a string</source>
        <translation>%1 hat einen Wert, der kein String ist</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="183"/>
        <source>%1 lists no value</source>
        <translation>%1 nennt keinen Wert</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="205"/>
        <source>allows %1 without any kms:RecipientAttestation condition: the principal needs no enclave</source>
        <translation>erlaubt %1 ohne jede kms:RecipientAttestation-Bedingung: der Principal braucht keine Enclave</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="218"/>
        <source>allows any AWS principal (&quot;*&quot;); name the parent instance&apos;s role</source>
        <translation>erlaubt jedem AWS-Principal (&quot;*&quot;); die Rolle der Parent-Instanz nennen</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="229"/>
        <source>action &apos;%1&apos; also covers operations that never carry an attestation document</source>
        <translation>die Aktion &apos;%1&apos; umfasst auch Operationen, die nie ein Attestierungsdokument enthalten</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="236"/>
        <source>%1 never carry an attestation document: this statement can never allow them</source>
        <translation>%1 enthalten nie ein Attestierungsdokument: diese Anweisung kann sie nie erlauben</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="259"/>
        <source>no Allow statement has a kms:RecipientAttestation condition: the key is not bound to an enclave</source>
        <translation>keine Allow-Anweisung hat eine kms:RecipientAttestation-Bedingung: der Schlüssel ist an keine Enclave gebunden</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="266"/>
        <source>only PCR0 (the whole image) is bound: every rebuild needs a policy change; bind PCR8 (the signing certificate) to let signed images change without one</source>
        <translation>nur PCR0 (das ganze Image) ist gebunden: jeder Neubau braucht eine Richtlinienänderung; PCR8 (das Signaturzertifikat) binden, damit sich signierte Images ohne Änderung ändern dürfen</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="271"/>
        <source>no Deny statement with attestation conditions: an IAM policy that allows the role these actions bypasses attestation</source>
        <translation>keine Deny-Anweisung mit Attestierungsbedingungen: eine IAM-Richtlinie, die der Rolle diese Aktionen erlaubt, umgeht die Attestierung</translation>
    </message>
    <message>
        <location filename="../core/kms/kmspolicylinter.cpp" line="277"/>
        <source>policy Version is &apos;%1&apos;; use &quot;2012-10-17&quot;</source>
        <translation>die Version der Richtlinie ist &apos;%1&apos;; &quot;2012-10-17&quot; verwenden</translation>
    </message>
</context>
<context>
    <name>LiveAttestation</name>
    <message>
        <location filename="../core/agent/liveattestation.cpp" line="22"/>
        <source>live attestation document</source>
        <translation>Live-Attestierungsdokument</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestation.cpp" line="50"/>
        <source>the enclave&apos;s answer is not an attestation document: %1</source>
        <translation>die Antwort der Enclave ist kein Attestierungsdokument: %1</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestation.cpp" line="88"/>
        <source>the expectations name none of PCR0, PCR1, PCR2, PCR8</source>
        <translation>die Erwartungen nennen keines von PCR0, PCR1, PCR2, PCR8</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestation.cpp" line="94"/>
        <source>no PCR of the image could be compared</source>
        <translation>kein PCR des Images konnte verglichen werden</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestation.cpp" line="120"/>
        <source>verified, matches image</source>
        <translation>geprüft, passt zum Image</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestation.cpp" line="120"/>
        <source>verified, matches expectations</source>
        <translation>geprüft, passt zu den Erwartungen</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestation.cpp" line="126"/>
        <location filename="../core/agent/liveattestation.cpp" line="127"/>
        <source>MISMATCH: %1</source>
        <translation>ABWEICHUNG: %1</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestation.cpp" line="131"/>
        <source>debug mode: PCR0-2 are zero by design, this proves nothing about the image</source>
        <translation>Debug-Modus: PCR0-2 sind absichtlich null, das beweist nichts über das Image</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestation.cpp" line="134"/>
        <source>NOT VERIFIED: %1</source>
        <translation>NICHT GEPRÜFT: %1</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestation.cpp" line="138"/>
        <source> (no nonce: the endpoint cannot carry one, freshness rests on the document&apos;s age)</source>
        <translation> (keine Nonce: der Endpunkt kann keine übertragen, die Frische hängt allein vom Alter des Dokuments ab)</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestation.cpp" line="140"/>
        <source>SIMULATED: </source>
        <translation>SIMULIERT: </translation>
    </message>
</context>
<context>
    <name>LiveAttestationFetcher</name>
    <message>
        <location filename="../core/agent/liveattestationfetcher.cpp" line="24"/>
        <source>no complete answer from the attestation endpoint within %1 s</source>
        <translation>keine vollständige Antwort vom Attestierungsendpunkt innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestationfetcher.cpp" line="63"/>
        <source>cannot reach the attestation endpoint: %1</source>
        <translation>kann den Attestierungsendpunkt nicht erreichen: %1</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestationfetcher.cpp" line="71"/>
        <source>cannot send the request: %1</source>
        <translation>kann die Anfrage nicht senden: %1</translation>
    </message>
    <message>
        <location filename="../core/agent/liveattestationfetcher.cpp" line="92"/>
        <source>%1 (stream closed: %2)</source>
        <translation>%1 (Stream geschlossen: %2)</translation>
    </message>
</context>
<context>
    <name>MeasurementsJsonParser</name>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="65"/>
        <source>%1: expected a hex string</source>
        <translation>%1: Hex-String erwartet</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="69"/>
        <source>%1: &apos;%2&apos; is not hexadecimal</source>
        <translation>%1: &apos;%2&apos; ist nicht hexadezimal</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="73"/>
        <source>%1: %2 bytes is not a PCR value (48 for SHA-384)</source>
        <translation>%1: %2 Bytes sind kein PCR-Wert (48 für SHA-384)</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="122"/>
        <source>KMS key policy</source>
        <translation>KMS-Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="144"/>
        <source>expected PCR values</source>
        <translation>erwartete PCR-Werte</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="166"/>
        <source>%1 bytes is too large for a measurements JSON file (limit %2)</source>
        <translation>%1 Bytes sind zu groß für eine JSON-Datei mit Messwerten (Grenze %2)</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="173"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="176"/>
        <source>JSON without measurements: expected nitro-cli output ({&quot;Measurements&quot;: ...}), a KMS key policy or {&quot;PCR0&quot;: &quot;...&quot;}</source>
        <translation>JSON ohne Messwerte: erwartet wird nitro-cli-Ausgabe ({&quot;Measurements&quot;: ...}), eine KMS-Schlüsselrichtlinie oder {&quot;PCR0&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="185"/>
        <source>describe-enclaves output lists %1 enclaves: keep the one to compare</source>
        <translation>die Ausgabe von describe-enclaves nennt %1 Enclaves: nur die zu vergleichende behalten</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="221"/>
        <source>unrecognised HashAlgorithm &apos;%1&apos;: Nitro PCRs are SHA-384</source>
        <translation>unbekannter HashAlgorithm &apos;%1&apos;: Nitro-PCRs sind SHA-384</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="234"/>
        <source>Measurements holds no PCR values</source>
        <translation>Measurements enthält keine PCR-Werte</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="268"/>
        <source>no PCR values (keys PCR0..PCR31)</source>
        <translation>keine PCR-Werte (Schlüssel PCR0..PCR31)</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="270"/>
        <source>keys ignored (not PCRn): %1</source>
        <translation>ignorierte Schlüssel (nicht PCRn): %1</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="348"/>
        <source>%1: StringEquals compares case-sensitively and attestation PCRs are lower case: this upper-case value never matches</source>
        <translation>%1: StringEquals vergleicht groß-/kleinschreibungsabhängig, und Attestierungs-PCRs sind kleingeschrieben: dieser großgeschriebene Wert passt nie</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="363"/>
        <source>the key policy has no kms:RecipientAttestation:ImageSha384 or PCRn condition that requires a value</source>
        <translation>die Schlüsselrichtlinie hat keine kms:RecipientAttestation:ImageSha384- oder PCRn-Bedingung, die einen Wert verlangt</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="372"/>
        <source>PCR%1: the policy accepts any of %2 values</source>
        <translation>PCR%1: die Richtlinie akzeptiert jeden von %2 Werten</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="374"/>
        <source>ImageSha384 and PCR0 name the same register (PCR0) with different values</source>
        <translation>ImageSha384 und PCR0 bezeichnen dasselbe Register (PCR0) mit verschiedenen Werten</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="376"/>
        <source>PCR%1 is all zeros: it matches any debug-mode enclave</source>
        <translation>PCR%1 ist ganz null: es passt zu jeder Enclave im Debug-Modus</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsjsonparser.cpp" line="381"/>
        <source>conditions not read as required values: %1</source>
        <translation>Bedingungen, die nicht als verlangte Werte gelesen wurden: %1</translation>
    </message>
</context>
<context>
    <name>MeasurementsLoader</name>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="43"/>
        <source>cannot open: %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="51"/>
        <source>%1 bytes and no EIF magic: too large for an attestation document or JSON measurements (limit %2)</source>
        <translation>%1 Bytes und keine EIF-Magic: zu groß für ein Attestierungsdokument oder JSON-Messwerte (Grenze %2)</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="61"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="71"/>
        <source>%1 lines of text before the JSON were skipped</source>
        <translation>%1 Textzeilen vor dem JSON wurden übersprungen</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="80"/>
        <source>not an EIF, an attestation document (CBOR, hex or base64) or measurements JSON (%1)</source>
        <translation>weder ein EIF noch ein Attestierungsdokument (CBOR, Hex oder Base64) noch JSON-Messwerte (%1)</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="100"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="107"/>
        <source>EIF v%1, %2 sections</source>
        <translation>EIF v%1, %2 Abschnitte</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="126"/>
        <source>%1 attestation document (%2), module %3, %4</source>
        <translation>%1 Attestierungsdokument (%2), Modul %3, %4</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="129"/>
        <source>a NitroTPM document: its PCRs measure an EC2 instance, not an enclave image</source>
        <translation>ein NitroTPM-Dokument: seine PCRs messen eine EC2-Instanz, kein Enclave-Image</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="131"/>
        <source>debug-mode enclave: PCR0-2 are all zeros, they match no image</source>
        <translation>Enclave im Debug-Modus: PCR0-2 sind ganz null, sie passen zu keinem Image</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="137"/>
        <source>signature and certificate chain to AWS Nitro Root-G1 valid at the document&apos;s timestamp</source>
        <translation>Signatur und Zertifikatskette bis AWS Nitro Root-G1 zum Zeitstempel des Dokuments gültig</translation>
    </message>
    <message>
        <location filename="../core/measure/measurementsloader.cpp" line="139"/>
        <source>NOT VERIFIED: %1</source>
        <translation>NICHT GEPRÜFT: %1</translation>
    </message>
</context>
<context>
    <name>PcrCalculator</name>
    <message>
        <location filename="../core/eif/pcrcalculator.cpp" line="164"/>
        <source>no EIF opened</source>
        <translation>kein EIF geöffnet</translation>
    </message>
    <message>
        <location filename="../core/eif/pcrcalculator.cpp" line="195"/>
        <location filename="../core/eif/pcrcalculator.cpp" line="321"/>
        <source>cannot open: %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../core/eif/pcrcalculator.cpp" line="240"/>
        <source>read failed (file shrank or I/O error): %1</source>
        <translation>Lesen fehlgeschlagen (Datei geschrumpft oder E/A-Fehler): %1</translation>
    </message>
    <message>
        <location filename="../core/eif/pcrcalculator.cpp" line="332"/>
        <source>read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>PcrDiff</name>
    <message>
        <location filename="../core/measure/pcrdiff.cpp" line="56"/>
        <source>matches one of the values the policy accepts</source>
        <translation>entspricht einem der Werte, die die Richtlinie akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/measure/pcrdiff.cpp" line="63"/>
        <source>one side is all zeros: a debug-mode enclave reports zero PCR0-2</source>
        <translation>eine Seite ist ganz null: eine Enclave im Debug-Modus meldet PCR0-2 als null</translation>
    </message>
    <message>
        <location filename="../core/measure/pcrdiff.cpp" line="73"/>
        <source>absent on one side (not extended) and zero on the other</source>
        <translation>auf einer Seite nicht vorhanden (nicht erweitert) und auf der anderen null</translation>
    </message>
    <message>
        <location filename="../core/measure/pcrdiff.cpp" line="74"/>
        <source>absent on one side: never extended (an unsigned image)</source>
        <translation>auf einer Seite nicht vorhanden: nie erweitert (ein unsigniertes Image)</translation>
    </message>
    <message>
        <location filename="../core/measure/pcrdiff.cpp" line="76"/>
        <source>only one side has this PCR: not compared</source>
        <translation>nur eine Seite hat dieses PCR: nicht verglichen</translation>
    </message>
</context>
<context>
    <name>PcrTextParser</name>
    <message>
        <location filename="../core/measure/pcrtextparser.cpp" line="23"/>
        <source>PCR%1: expected 96 hex digits (SHA-384), got &quot;%2&quot;</source>
        <translation>PCR%1: 96 Hex-Ziffern erwartet (SHA-384), erhalten &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/measure/pcrtextparser.cpp" line="69"/>
        <source>no &quot;PCRn&quot; keys in the JSON</source>
        <translation>keine &quot;PCRn&quot;-Schlüssel im JSON</translation>
    </message>
    <message>
        <location filename="../core/measure/pcrtextparser.cpp" line="87"/>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/measure/pcrtextparser.cpp" line="106"/>
        <source>line %1: expected &quot;PCRn: &lt;hex&gt;&quot;, got &quot;%2&quot;</source>
        <translation>Zeile %1: &quot;PCRn: &lt;hex&gt;&quot; erwartet, erhalten &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/measure/pcrtextparser.cpp" line="111"/>
        <source>line %1: PCR%2 does not exist (PCR0 to PCR31)</source>
        <translation>Zeile %1: PCR%2 gibt es nicht (PCR0 bis PCR31)</translation>
    </message>
    <message>
        <location filename="../core/measure/pcrtextparser.cpp" line="115"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>PostureAssessor</name>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="27"/>
        <source>; and %1 more (see enclave-tool check-policy)</source>
        <translation>; und %1 weitere (siehe enclave-tool check-policy)</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="130"/>
        <source>EIF CRC</source>
        <translation>EIF-CRC</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="131"/>
        <source>the stored CRC-32 matches the file</source>
        <translation>die gespeicherte CRC-32 passt zur Datei</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="132"/>
        <source>the stored CRC-32 does not match: the file is damaged</source>
        <translation>die gespeicherte CRC-32 passt nicht: die Datei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="139"/>
        <location filename="../core/posture/postureassessor.cpp" line="143"/>
        <source>Image signed</source>
        <translation>Image signiert</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="140"/>
        <source>unsigned: there is no PCR8, so a key policy must pin PCR0 and change with every build</source>
        <translation>unsigniert: es gibt kein PCR8, also muss eine Schlüsselrichtlinie PCR0 festlegen und sich mit jedem Build ändern</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="144"/>
        <source>signed (%1); PCR8 identifies the signing certificate</source>
        <translation>signiert (%1); PCR8 kennzeichnet das Signaturzertifikat</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="146"/>
        <location filename="../core/posture/postureassessor.cpp" line="149"/>
        <location filename="../core/posture/postureassessor.cpp" line="153"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="147"/>
        <source>does not verify: %1 (nitro-cli describe-eif aborts on it)</source>
        <translation>nicht gültig: %1 (nitro-cli describe-eif bricht daran ab)</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="150"/>
        <source>valid, but over a different PCR0 (SignatureCheck false): the image changed after signing</source>
        <translation>gültig, aber über ein anderes PCR0 (SignatureCheck false): das Image wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="154"/>
        <source>valid COSE_Sign1 over this image&apos;s PCR0</source>
        <translation>gültiges COSE_Sign1 über das PCR0 dieses Images</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="174"/>
        <source>Signing certificate validity</source>
        <translation>Gültigkeit des Signaturzertifikats</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="177"/>
        <source>expired %1: nitro-cli run-enclave refuses the image</source>
        <translation>abgelaufen %1: nitro-cli run-enclave lehnt das Image ab</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="180"/>
        <source>not valid before %1: nitro-cli run-enclave refuses the image</source>
        <translation>nicht gültig vor %1: nitro-cli run-enclave lehnt das Image ab</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="183"/>
        <source>expires in %1 days (%2): re-sign before then</source>
        <translation>läuft in %1 Tagen ab (%2): vorher neu signieren</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="186"/>
        <source>valid until %1 (%2 days)</source>
        <translation>gültig bis %1 (%2 Tage)</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="202"/>
        <source>Debug mode</source>
        <translation>Debug-Modus</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="205"/>
        <source>the attestation document comes from a debug-mode enclave (PCR0/1/2 all zero): its memory is readable from the parent instance</source>
        <translation>das Attestierungsdokument stammt von einer Enclave im Debug-Modus (PCR0/1/2 ganz null): ihr Speicher ist von der Parent-Instanz aus lesbar</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="211"/>
        <source>the key policy binds an all-zero PCR: every debug-mode enclave satisfies it</source>
        <translation>die Schlüsselrichtlinie bindet ein PCR aus Nullen: jede Enclave im Debug-Modus erfüllt sie</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="213"/>
        <source>the attestation document shows a production enclave</source>
        <translation>das Attestierungsdokument zeigt eine Produktions-Enclave</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="216"/>
        <source>debug mode is chosen when the enclave is launched; add an attestation document of the running enclave to check it</source>
        <translation>der Debug-Modus wird beim Start der Enclave gewählt; ein Attestierungsdokument der laufenden Enclave hinzufügen, um ihn zu prüfen</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="307"/>
        <source>no key policy given</source>
        <translation>keine Schlüsselrichtlinie angegeben</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="226"/>
        <source>Attestation document</source>
        <translation>Attestierungsdokument</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="227"/>
        <source>signed by a certificate chain to the AWS Nitro root (checked at the document&apos;s time %1)</source>
        <translation>signiert von einer Zertifikatskette bis zur AWS-Nitro-Wurzel (geprüft zur Zeit des Dokuments %1)</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="230"/>
        <source>not genuine: %1</source>
        <translation>nicht echt: %1</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="240"/>
        <location filename="../core/posture/postureassessor.cpp" line="244"/>
        <source>Attestation matches the image</source>
        <translation>Attestierung passt zum Image</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="241"/>
        <source>PCR0, PCR1, PCR2 and PCR8 of the document equal the image&apos;s</source>
        <translation>PCR0, PCR1, PCR2 und PCR8 des Dokuments entsprechen denen des Images</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="245"/>
        <source>%1 differ: the document was not produced by this image%2</source>
        <translation>%1 unterscheiden sich: das Dokument stammt nicht von diesem Image%2</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="247"/>
        <source> (debug mode zeroes PCR0-2)</source>
        <translation> (der Debug-Modus setzt PCR0-2 auf null)</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="249"/>
        <location filename="../core/posture/postureassessor.cpp" line="254"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="250"/>
        <source>the document carries a %1-byte nonce: the verifier must compare it with the challenge it sent</source>
        <translation>das Dokument enthält eine Nonce mit %1 Bytes: der Prüfer muss sie mit der gesendeten Challenge vergleichen</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="255"/>
        <source>no nonce: nothing ties the document to a fresh challenge, so a captured one can be replayed to a verifier that only checks the signature</source>
        <translation>keine Nonce: nichts bindet das Dokument an eine frische Challenge, ein mitgeschnittenes kann also einem Prüfer vorgespielt werden, der nur die Signatur prüft</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="259"/>
        <location filename="../core/posture/postureassessor.cpp" line="262"/>
        <location filename="../core/posture/postureassessor.cpp" line="265"/>
        <source>KMS recipient key</source>
        <translation>KMS-Empfängerschlüssel</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="260"/>
        <source>no public_key: the document cannot be a KMS Recipient</source>
        <translation>kein public_key: das Dokument kann kein KMS-Recipient sein</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="263"/>
        <source>public_key is a DER RSA SubjectPublicKeyInfo, usable as a KMS Recipient</source>
        <translation>public_key ist eine DER-RSA-SubjectPublicKeyInfo, als KMS-Recipient verwendbar</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="266"/>
        <source>public_key is not a DER RSA SubjectPublicKeyInfo: KMS rejects it as a Recipient</source>
        <translation>public_key ist keine DER-RSA-SubjectPublicKeyInfo: KMS lehnt sie als Recipient ab</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="281"/>
        <source>the endpoint cannot carry a nonce: only the document&apos;s age shows it is recent</source>
        <translation>der Endpunkt kann keine Nonce übertragen: nur das Alter des Dokuments zeigt, dass es aktuell ist</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="283"/>
        <source>the document carries the %1-byte nonce this fetch sent</source>
        <translation>das Dokument enthält die %1-Byte-Nonce, die dieser Abruf gesendet hat</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="286"/>
        <source>the document does not carry the nonce this fetch sent: it was made for another request (a replay)</source>
        <translation>das Dokument enthält nicht die Nonce, die dieser Abruf gesendet hat: es wurde für eine andere Anfrage erzeugt (eine Wiedereinspielung)</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="292"/>
        <source>signed %1 s before it was fetched, at most %2 s allowed</source>
        <translation>%1 s vor dem Abruf signiert, höchstens %2 s erlaubt</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="296"/>
        <source>signed %1 s before it was fetched (at most %2 s)</source>
        <translation>%1 s vor dem Abruf signiert (höchstens %2 s)</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="298"/>
        <source>Attestation freshness</source>
        <translation>Aktualität der Attestierung</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="307"/>
        <source>KMS key policy</source>
        <translation>KMS-Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="313"/>
        <source>Policy admits this image</source>
        <translation>Richtlinie lässt dieses Image zu</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="314"/>
        <source>kms:Decrypt is allowed for an enclave running this image</source>
        <translation>kms:Decrypt ist für eine Enclave mit diesem Image erlaubt</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="315"/>
        <location filename="../core/posture/postureassessor.cpp" line="321"/>
        <source>denied: %1</source>
        <translation>verweigert: %1</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="319"/>
        <source>Policy admits the attested enclave</source>
        <translation>Richtlinie lässt die attestierte Enclave zu</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="320"/>
        <source>kms:Decrypt is allowed with this attestation document</source>
        <translation>kms:Decrypt ist mit diesem Attestierungsdokument erlaubt</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="325"/>
        <source>Policy binding breadth</source>
        <translation>Breite der Richtlinienbindung</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="326"/>
        <source>only PCR0 is bound: every rebuild needs a policy change; bind PCR8 to let signed images change</source>
        <translation>nur PCR0 ist gebunden: jeder Neubau braucht eine Richtlinienänderung; PCR8 binden, damit sich signierte Images ändern dürfen</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="328"/>
        <source>binds more than PCR0</source>
        <translation>bindet mehr als PCR0</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="330"/>
        <source>Deny statement</source>
        <translation>Deny-Anweisung</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="331"/>
        <source>no Deny statement with attestation conditions: an IAM policy allowing the role these actions bypasses attestation</source>
        <translation>keine Deny-Anweisung mit Attestierungsbedingungen: eine IAM-Richtlinie, die der Rolle diese Aktionen erlaubt, umgeht die Attestierung</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="333"/>
        <source>a Deny statement covers requests without matching attestation</source>
        <translation>eine Deny-Anweisung erfasst Anfragen ohne passende Attestierung</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="345"/>
        <source>Policy lint</source>
        <translation>Richtlinienprüfung</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="346"/>
        <source>%1 error(s), %2 warning(s): see the lint list</source>
        <translation>%1 Fehler, %2 Warnung(en): siehe die Prüfliste</translation>
    </message>
    <message>
        <location filename="../core/posture/postureassessor.cpp" line="347"/>
        <source>no other findings</source>
        <translation>keine weiteren Befunde</translation>
    </message>
</context>
<context>
    <name>PostureReport</name>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="75"/>
        <source># Security posture: %1

</source>
        <translation># Sicherheitslage: %1

</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="88"/>
        <location filename="../core/posture/posturereport.cpp" line="213"/>
        <source>signed, %1</source>
        <translation>signiert, %1</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="88"/>
        <location filename="../core/posture/posturereport.cpp" line="213"/>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="90"/>
        <location filename="../core/posture/posturereport.cpp" line="92"/>
        <location filename="../core/posture/posturereport.cpp" line="216"/>
        <location filename="../core/posture/posturereport.cpp" line="219"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="76"/>
        <source>Overall: **%1** (%2 fail, %3 warn, %4 pass). Generated %5 by %6.

</source>
        <translation>Gesamt: **%1** (%2 Fehlschläge, %3 Warnungen, %4 bestanden). Erstellt %5 von %6.

</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="83"/>
        <source>## Inputs

</source>
        <translation>## Eingaben

</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="84"/>
        <source>- **Image:** %1 (EIF v%2, %3 bytes, %4)
</source>
        <translation>- **Image:** %1 (EIF v%2, %3 Bytes, %4)
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="89"/>
        <source>- **Key policy:** %1
</source>
        <translation>- **Schlüsselrichtlinie:** %1
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="91"/>
        <source>- **Attestation document:** %1

</source>
        <translation>- **Attestierungsdokument:** %1

</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="94"/>
        <source>## Checks

| Status | Check | Detail |
|---|---|---|
</source>
        <translation>## Prüfungen

| Status | Prüfung | Einzelheiten |
|---|---|---|
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="100"/>
        <source>## PCRs

</source>
        <translation>## PCRs

</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="102"/>
        <source>| PCR | Measures | Image | Attestation | Bound in KMS policy |
|---|---|---|---|---|
</source>
        <translation>| PCR | Misst | Image | Attestierung | In KMS-Richtlinie gebunden |
|---|---|---|---|---|
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="103"/>
        <source>| PCR | Measures | Image | Bound in KMS policy |
|---|---|---|---|
</source>
        <translation>| PCR | Misst | Image | In KMS-Richtlinie gebunden |
|---|---|---|---|
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="107"/>
        <location filename="../core/posture/posturereport.cpp" line="237"/>
        <source>no policy given</source>
        <translation>keine Richtlinie angegeben</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="109"/>
        <location filename="../core/posture/posturereport.cpp" line="239"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="111"/>
        <location filename="../core/posture/posturereport.cpp" line="241"/>
        <source>yes, matches %1</source>
        <translation>ja, passt zu %1</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="112"/>
        <location filename="../core/posture/posturereport.cpp" line="242"/>
        <source>the image</source>
        <translation>dem Image</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="112"/>
        <location filename="../core/posture/posturereport.cpp" line="242"/>
        <source>the attestation</source>
        <translation>der Attestierung</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="114"/>
        <source>yes, **to other values**</source>
        <translation>ja, **an andere Werte**</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="116"/>
        <location filename="../core/posture/posturereport.cpp" line="246"/>
        <source>per instance</source>
        <translation>pro Instanz</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="116"/>
        <location filename="../core/posture/posturereport.cpp" line="246"/>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="126"/>
        <source>## KMS policy conditions

</source>
        <translation>## Bedingungen der KMS-Richtlinie

</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="128"/>
        <source>The policy has no kms:RecipientAttestation condition.

</source>
        <translation>Die Richtlinie hat keine kms:RecipientAttestation-Bedingung.

</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="130"/>
        <source>| Statement | Effect | Operator | Key | Values |
|---|---|---|---|---|
</source>
        <translation>| Anweisung | Wirkung | Operator | Schlüssel | Werte |
|---|---|---|---|---|
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="141"/>
        <source>Lint:

</source>
        <translation>Prüfung:

</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="148"/>
        <source>## Signing certificate

</source>
        <translation>## Signaturzertifikat

</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="150"/>
        <source>The signature section holds no readable certificate.
</source>
        <translation>Der Signaturabschnitt enthält kein lesbares Zertifikat.
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="151"/>
        <source>The image is unsigned.
</source>
        <translation>Das Image ist unsigniert.
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="153"/>
        <source>- **Subject:** %1
</source>
        <translation>- **Inhaber:** %1
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="154"/>
        <source>- **Issuer:** %1
</source>
        <translation>- **Aussteller:** %1
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="155"/>
        <source>- **Key:** EC %1, certificate signed with %2
</source>
        <translation>- **Schlüssel:** EC %1, Zertifikat signiert mit %2
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="156"/>
        <source>- **Valid:** %1 to %2 (%3 days left)
</source>
        <translation>- **Gültig:** %1 bis %2 (noch %3 Tage)
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="159"/>
        <source>- **PCR8:** %1
</source>
        <translation>- **PCR8:** %1
</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="195"/>
        <location filename="../core/posture/posturereport.cpp" line="197"/>
        <source>Security posture: %1</source>
        <translation>Sicherheitslage: %1</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="199"/>
        <source>Overall: %1 (%2 fail, %3 warn, %4 pass).</source>
        <translation>Gesamt: %1 (%2 Fehlschläge, %3 Warnungen, %4 bestanden).</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="205"/>
        <source>Generated %1 by %2.</source>
        <translation>Erstellt %1 von %2.</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="207"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="209"/>
        <location filename="../core/posture/posturereport.cpp" line="231"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="210"/>
        <source>(EIF v%1, %2 bytes, %3)</source>
        <translation>(EIF v%1, %2 Bytes, %3)</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="215"/>
        <source>Key policy</source>
        <translation>Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="218"/>
        <source>Attestation document</source>
        <translation>Attestierungsdokument</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="222"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="222"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="222"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="222"/>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="231"/>
        <source>Measures</source>
        <translation>Misst</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="232"/>
        <source>Attestation</source>
        <translation>Attestierung</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="233"/>
        <source>Bound in KMS policy</source>
        <translation>In KMS-Richtlinie gebunden</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="244"/>
        <source>yes, to other values</source>
        <translation>ja, an andere Werte</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="258"/>
        <source>KMS policy conditions</source>
        <translation>Bedingungen der KMS-Richtlinie</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="261"/>
        <source>The policy has no kms:RecipientAttestation condition.</source>
        <translation>Die Richtlinie hat keine kms:RecipientAttestation-Bedingung.</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="265"/>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="265"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="265"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="266"/>
        <location filename="../core/posture/posturereport.cpp" line="297"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="266"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="278"/>
        <source>Lint:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="285"/>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="288"/>
        <source>The signature section holds no readable certificate.</source>
        <translation>Der Signaturabschnitt enthält kein lesbares Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="289"/>
        <source>The image is unsigned.</source>
        <translation>Das Image ist unsigniert.</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="295"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="296"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="297"/>
        <source>EC %1, certificate signed with %2</source>
        <translation>EC %1, Zertifikat signiert mit %2</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="298"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="299"/>
        <source>%1 to %2 (%3 days left)</source>
        <translation>%1 bis %2 (noch %3 Tage)</translation>
    </message>
    <message>
        <location filename="../core/posture/posturereport.cpp" line="300"/>
        <source>PCR8</source>
        <translation>PCR8</translation>
    </message>
</context>
<context>
    <name>RamdiskDiff</name>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="113"/>
        <source>added %1 %2, %3 bytes</source>
        <translation>hinzugefügt %1 %2, %3 Bytes</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="117"/>
        <source>removed %1 %2, %3 bytes</source>
        <translation>entfernt %1 %2, %3 Bytes</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="125"/>
        <source>type %1 -&gt; %2</source>
        <translation>Typ %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="127"/>
        <source>content %1 -&gt; %2 (%3 -&gt; %4 bytes)</source>
        <translation>Inhalt %1 -&gt; %2 (%3 -&gt; %4 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="132"/>
        <source>link target %1 -&gt; %2</source>
        <translation>Link-Ziel %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="135"/>
        <source>mode %1 -&gt; %2</source>
        <translation>Modus %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="138"/>
        <source>owner %1:%2 -&gt; %3:%4</source>
        <translation>Besitzer %1:%2 -&gt; %3:%4</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="140"/>
        <source>mtime %1 -&gt; %2</source>
        <translation>mtime %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="142"/>
        <source>device %1:%2 -&gt; %3:%4</source>
        <translation>Gerät %1:%2 -&gt; %3:%4</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="148"/>
        <source>inode/link count</source>
        <translation>Inode/Link-Anzahl</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="181"/>
        <source>%1: %2 paths appear more than once (the last one wins when unpacked)</source>
        <translation>%1: %2 Pfade kommen mehrfach vor (beim Entpacken gewinnt der letzte)</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="186"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="187"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="225"/>
        <source>the entries common to both archives are stored in a different order: the archive bytes (and the PCRs) differ even where the files do not</source>
        <translation>die Einträge, die beide Archive haben, stehen in anderer Reihenfolge: die Archiv-Bytes (und die PCRs) unterscheiden sich, auch wo die Dateien gleich sind</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="229"/>
        <source>%1 entries differ in inode number or link count only (archive bookkeeping: it changes the archive bytes, not the unpacked files)</source>
        <translation>%1 Einträge unterscheiden sich nur in Inode-Nummer oder Link-Anzahl (Buchführung des Archivs: ändert die Archiv-Bytes, nicht die entpackten Dateien)</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="236"/>
        <source>every difference is an mtime or owner change (%1 entries): the usual cause of non-reproducible builds; pin timestamps (SOURCE_DATE_EPOCH) and file ownership</source>
        <translation>jeder Unterschied ist eine Änderung von mtime oder Besitzer (%1 Einträge): die übliche Ursache nicht reproduzierbarer Builds; Zeitstempel (SOURCE_DATE_EPOCH) und Dateibesitz festlegen</translation>
    </message>
    <message>
        <location filename="../core/measure/ramdiskdiff.cpp" line="240"/>
        <source>%1 of %2 differences are mtime or owner changes only (a usual cause of non-reproducible builds)</source>
        <translation>%1 von %2 Unterschieden sind nur Änderungen von mtime oder Besitzer (eine übliche Ursache nicht reproduzierbarer Builds)</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <location filename="../core/crypto/selfsignedcertificate.cpp" line="39"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/crypto/selfsignedcertificate.cpp" line="42"/>
        <location filename="../core/crypto/selfsignedcertificate.cpp" line="54"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/crypto/selfsignedcertificate.cpp" line="49"/>
        <source>subject field %1=&apos;%2&apos; rejected</source>
        <translation>Inhaberfeld %1=&apos;%2&apos; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/crypto/selfsignedcertificate.cpp" line="57"/>
        <source>cannot set the certificate version</source>
        <translation>kann die Zertifikatsversion nicht setzen</translation>
    </message>
    <message>
        <location filename="../core/crypto/selfsignedcertificate.cpp" line="62"/>
        <source>cannot make a serial number</source>
        <translation>kann keine Seriennummer erzeugen</translation>
    </message>
    <message>
        <location filename="../core/crypto/selfsignedcertificate.cpp" line="66"/>
        <source>cannot set the validity period</source>
        <translation>kann den Gültigkeitszeitraum nicht setzen</translation>
    </message>
    <message>
        <location filename="../core/crypto/selfsignedcertificate.cpp" line="69"/>
        <source>cannot fill in the certificate</source>
        <translation>kann das Zertifikat nicht ausfüllen</translation>
    </message>
    <message>
        <location filename="../core/crypto/selfsignedcertificate.cpp" line="74"/>
        <source>cannot sign the certificate</source>
        <translation>kann das Zertifikat nicht signieren</translation>
    </message>
    <message>
        <location filename="../core/crypto/selfsignedcertificate.cpp" line="79"/>
        <source>cannot encode the certificate</source>
        <translation>kann das Zertifikat nicht kodieren</translation>
    </message>
</context>
<context>
    <name>ShortcutsList</name>
    <message>
        <location filename="../widgets/shell/shortcutslist.cpp" line="71"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SigningCertificateGenerator</name>
    <message>
        <location filename="../core/signing/signingcertificategenerator.cpp" line="25"/>
        <source>subject must look like /CN=name/O=org, got &apos;%1&apos;</source>
        <translation>der Inhaber muss wie /CN=Name/O=Organisation aussehen, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/signing/signingcertificategenerator.cpp" line="33"/>
        <source>subject part &apos;%1&apos; has no FIELD=value</source>
        <translation>der Inhaberteil &apos;%1&apos; hat kein FELD=Wert</translation>
    </message>
    <message>
        <location filename="../core/signing/signingcertificategenerator.cpp" line="37"/>
        <source>subject field %1 is empty</source>
        <translation>das Inhaberfeld %1 ist leer</translation>
    </message>
    <message>
        <location filename="../core/signing/signingcertificategenerator.cpp" line="39"/>
        <source>unknown subject field &apos;%1&apos;</source>
        <translation>unbekanntes Inhaberfeld &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/signing/signingcertificategenerator.cpp" line="58"/>
        <source>subject is empty</source>
        <translation>der Inhaber ist leer</translation>
    </message>
    <message>
        <location filename="../core/signing/signingcertificategenerator.cpp" line="66"/>
        <source>--days must be between 1 and %1</source>
        <translation>--days muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <location filename="../core/signing/signingcertificategenerator.cpp" line="82"/>
        <source>cannot encode the certificate</source>
        <translation>kann das Zertifikat nicht kodieren</translation>
    </message>
    <message>
        <location filename="../core/signing/signingcertificategenerator.cpp" line="96"/>
        <source>the key and the certificate must go to different files</source>
        <translation>Schlüssel und Zertifikat müssen in verschiedene Dateien</translation>
    </message>
    <message>
        <location filename="../core/signing/signingcertificategenerator.cpp" line="103"/>
        <source>%1 already exists; refusing to overwrite it</source>
        <translation>%1 existiert bereits; wird nicht überschrieben</translation>
    </message>
</context>
<context>
    <name>SigningFiles</name>
    <message>
        <location filename="../core/signing/signingfiles.cpp" line="28"/>
        <source>cannot open: not a regular file</source>
        <translation>kann nicht geöffnet werden: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/signing/signingfiles.cpp" line="31"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/signing/signingfiles.cpp" line="37"/>
        <source>passphrase line longer than %1 bytes</source>
        <translation>Passphrasenzeile länger als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/signing/signingfiles.cpp" line="39"/>
        <source>the passphrase (first line) is empty</source>
        <translation>die Passphrase (erste Zeile) ist leer</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="68"/>
        <source>RSA keys cannot sign EIFs: nitro-cli accepts only EC keys on P-256, P-384 or P-521 (COSE ES256/ES384/ES512)</source>
        <translation>RSA-Schlüssel können keine EIFs signieren: nitro-cli akzeptiert nur EC-Schlüssel auf P-256, P-384 oder P-521 (COSE ES256/ES384/ES512)</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="73"/>
        <source>a %1 key cannot sign EIFs: use an EC key on P-384</source>
        <translation>ein %1-Schlüssel kann keine EIFs signieren: einen EC-Schlüssel auf P-384 verwenden</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="78"/>
        <source>the EC key has no named curve</source>
        <translation>der EC-Schlüssel hat keine benannte Kurve</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="82"/>
        <source>curve %1 is not one COSE ES256/ES384/ES512 uses (P-256, P-384, P-521)</source>
        <translation>die Kurve %1 ist keine, die COSE ES256/ES384/ES512 verwendet (P-256, P-384, P-521)</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="91"/>
        <source>private key file larger than 1 MiB</source>
        <translation>Datei des privaten Schlüssels größer als 1 MiB</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="94"/>
        <location filename="../core/crypto/signingkey.cpp" line="238"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="102"/>
        <source>the private key is encrypted: a passphrase is needed</source>
        <translation>der private Schlüssel ist verschlüsselt: eine Passphrase wird benötigt</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="105"/>
        <source>cannot decrypt the private key (wrong passphrase?)</source>
        <translation>kann den privaten Schlüssel nicht entschlüsseln (falsche Passphrase?)</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="106"/>
        <source>not a PEM private key</source>
        <translation>kein privater Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="123"/>
        <source>curve &apos;%1&apos; is not supported: use secp384r1, prime256v1 or secp521r1</source>
        <translation>die Kurve &apos;%1&apos; wird nicht unterstützt: secp384r1, prime256v1 oder secp521r1 verwenden</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="126"/>
        <source>cannot start EC key generation</source>
        <translation>kann die EC-Schlüsselerzeugung nicht starten</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="129"/>
        <source>cannot select curve %1</source>
        <translation>kann die Kurve %1 nicht wählen</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="132"/>
        <source>EC key generation failed</source>
        <translation>EC-Schlüsselerzeugung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="189"/>
        <location filename="../core/crypto/signingkey.cpp" line="235"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="202"/>
        <source>unsupported curve</source>
        <translation>nicht unterstützte Kurve</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="206"/>
        <source>cannot start ECDSA signing</source>
        <translation>kann das ECDSA-Signieren nicht starten</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="210"/>
        <location filename="../core/crypto/signingkey.cpp" line="215"/>
        <source>ECDSA signing failed</source>
        <translation>ECDSA-Signieren fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="220"/>
        <source>OpenSSL returned a malformed ECDSA signature</source>
        <translation>OpenSSL hat eine fehlerhafte ECDSA-Signatur geliefert</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="228"/>
        <source>ECDSA signature component too large</source>
        <translation>ECDSA-Signaturkomponente zu groß</translation>
    </message>
    <message>
        <location filename="../core/crypto/signingkey.cpp" line="248"/>
        <source>cannot encode the private key</source>
        <translation>kann den privaten Schlüssel nicht kodieren</translation>
    </message>
</context>
<context>
    <name>SimulatedAttestationService</name>
    <message>
        <location filename="../core/agent/simulatedattestationservice.cpp" line="166"/>
        <source>cannot listen on %1</source>
        <translation>kann nicht auf %1 lauschen</translation>
    </message>
    <message>
        <location filename="../core/agent/simulatedattestationservice.cpp" line="176"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>SimulatorAttestationPki</name>
    <message>
        <location filename="../core/attestation/simulatorattestation.cpp" line="46"/>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/attestation/simulatorattestation.cpp" line="104"/>
        <source>cannot create %1</source>
        <translation>kann %1 nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/attestation/simulatorattestation.cpp" line="108"/>
        <source>the simulator PKI in %1 is locked by another process</source>
        <translation>die Simulator-PKI in %1 ist von einem anderen Prozess gesperrt</translation>
    </message>
    <message>
        <location filename="../core/attestation/simulatorattestation.cpp" line="163"/>
        <source>public_key, user_data and nonce hold at most 1024 bytes</source>
        <translation>public_key, user_data und nonce enthalten höchstens 1024 Bytes</translation>
    </message>
</context>
<context>
    <name>Viewers</name>
    <message>
        <location filename="../widgets/inspector/inspectorfeature.cpp" line="53"/>
        <source>truncated: the file has %1 bytes, less than the %2-byte EIF header (%3)</source>
        <translation>abgeschnitten: die Datei hat %1 Bytes, weniger als der %2-Byte-EIF-Header (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/inspectorfeature.cpp" line="62"/>
        <source>truncated by %1 bytes: the header&apos;s section table describes %2 bytes, the file has %3 (%4)</source>
        <translation>um %1 Bytes abgeschnitten: die Abschnittstabelle des Headers beschreibt %2 Bytes, die Datei hat %3 (%4)</translation>
    </message>
</context>
<context>
    <name>X509Certificate</name>
    <message>
        <location filename="../core/crypto/x509certificate.cpp" line="106"/>
        <source>empty certificate</source>
        <translation>leeres Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/crypto/x509certificate.cpp" line="111"/>
        <source>not a DER X.509 certificate (%1)</source>
        <translation>kein DER-X.509-Zertifikat (%1)</translation>
    </message>
    <message>
        <location filename="../core/crypto/x509certificate.cpp" line="116"/>
        <source>%1 trailing bytes after the DER certificate</source>
        <translation>%1 überzählige Bytes nach dem DER-Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/crypto/x509certificate.cpp" line="129"/>
        <location filename="../core/crypto/x509certificate.cpp" line="163"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/crypto/x509certificate.cpp" line="140"/>
        <location filename="../core/crypto/x509certificate.cpp" line="170"/>
        <source>no PEM CERTIFICATE block found</source>
        <translation>kein PEM-Block CERTIFICATE gefunden</translation>
    </message>
    <message>
        <location filename="../core/crypto/x509certificate.cpp" line="141"/>
        <location filename="../core/crypto/x509certificate.cpp" line="171"/>
        <source>bad PEM certificate (%1)</source>
        <translation>fehlerhaftes PEM-Zertifikat (%1)</translation>
    </message>
    <message>
        <location filename="../core/crypto/x509certificate.cpp" line="147"/>
        <source>certificate cannot be encoded</source>
        <translation>das Zertifikat lässt sich nicht kodieren</translation>
    </message>
</context>
<context>
    <name>X509CertificateBuilder</name>
    <message>
        <location filename="../core/crypto/x509certificatebuilder.cpp" line="22"/>
        <source>could not issue the certificate (%1)</source>
        <translation>konnte das Zertifikat nicht ausstellen (%1)</translation>
    </message>
    <message>
        <location filename="../core/crypto/x509certificatebuilder.cpp" line="38"/>
        <source>&quot;%1&quot; is not FIELD=value</source>
        <translation>&quot;%1&quot; ist nicht FELD=Wert</translation>
    </message>
    <message>
        <location filename="../core/crypto/x509certificatebuilder.cpp" line="81"/>
        <source>no key to certify</source>
        <translation>kein Schlüssel zum Zertifizieren</translation>
    </message>
</context>
<context>
    <name>X509Chain</name>
    <message>
        <location filename="../core/crypto/x509chain.cpp" line="40"/>
        <location filename="../core/crypto/x509chain.cpp" line="58"/>
        <location filename="../core/crypto/x509chain.cpp" line="69"/>
        <source>OpenSSL setup failed: %1</source>
        <translation>OpenSSL-Einrichtung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/crypto/x509chain.cpp" line="53"/>
        <source>no leaf, trusted root or verification time</source>
        <translation>kein Blattzertifikat, keine vertrauenswürdige Wurzel oder kein Prüfzeitpunkt</translation>
    </message>
    <message>
        <location filename="../core/crypto/x509chain.cpp" line="62"/>
        <location filename="../core/crypto/x509chain.cpp" line="65"/>
        <source>OpenSSL setup failed</source>
        <translation>OpenSSL-Einrichtung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>enclave</name>
    <message>
        <location filename="../core/common/readfile.cpp" line="20"/>
        <source>cannot open: not a regular file</source>
        <translation>kann nicht öffnen: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/common/readfile.cpp" line="23"/>
        <source>cannot open: %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../core/common/readfile.cpp" line="26"/>
        <source>file is %1 bytes, too large (limit %2 bytes)</source>
        <translation>die Datei hat %1 Bytes, zu groß (Grenze %2 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/common/readfile.cpp" line="34"/>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>enclave::InputDetector</name>
    <message>
        <location filename="../core/measure/inputdetector.cpp" line="142"/>
        <source>cannot open: not a regular file</source>
        <translation>kann nicht öffnen: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/measure/inputdetector.cpp" line="146"/>
        <source>cannot open: %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>enclave::Measurements</name>
    <message>
        <location filename="../core/measure/measurements.cpp" line="29"/>
        <source>computed: kernel, cmdline and every ramdisk</source>
        <translation>berechnet: Kernel, Befehlszeile und jede Ramdisk</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="30"/>
        <source>computed: kernel, cmdline and ramdisk 0</source>
        <translation>berechnet: Kernel, Befehlszeile und Ramdisk 0</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="31"/>
        <source>computed: ramdisks 1..n</source>
        <translation>berechnet: Ramdisks 1..n</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="33"/>
        <source>computed: SHA-384 of the signing certificate (DER)</source>
        <translation>berechnet: SHA-384 des Signaturzertifikats (DER)</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="37"/>
        <source>signed, but PCR8 could not be computed: %1</source>
        <translation>signiert, aber PCR8 ließ sich nicht berechnen: %1</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="39"/>
        <source>CRC mismatch: stored %1, computed %2</source>
        <translation>CRC stimmt nicht: gespeichert %1, berechnet %2</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="50"/>
        <source>payload pcrs[%1]</source>
        <translation>Nutzdaten pcrs[%1]</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="58"/>
        <source>enclave image</source>
        <translation>Enclave-Image</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="60"/>
        <source>Linux kernel and bootstrap</source>
        <translation>Linux-Kernel und Bootstrap</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="62"/>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="64"/>
        <source>IAM role of the parent instance</source>
        <translation>IAM-Rolle der Parent-Instanz</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="66"/>
        <source>parent instance ID</source>
        <translation>ID der Parent-Instanz</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="68"/>
        <source>signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="70"/>
        <source>custom (extended at run time)</source>
        <translation>eigenes (zur Laufzeit erweitert)</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="159"/>
        <source>EIF (PCRs computed)</source>
        <translation>EIF (PCRs berechnet)</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="162"/>
        <source>attestation document</source>
        <translation>Attestierungsdokument</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="165"/>
        <source>nitro-cli JSON output</source>
        <translation>JSON-Ausgabe von nitro-cli</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="168"/>
        <source>enclave-tool describe-eif JSON</source>
        <translation>JSON von enclave-tool describe-eif</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="171"/>
        <source>KMS key policy</source>
        <translation>KMS-Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location filename="../core/measure/measurements.cpp" line="174"/>
        <source>expected PCR values</source>
        <translation>erwartete PCR-Werte</translation>
    </message>
</context>
<context>
    <name>enclave::RamdiskLister</name>
    <message>
        <location filename="../core/cpio/ramdisklister.cpp" line="19"/>
        <source>the image has %1 ramdisks</source>
        <translation>das Image hat %1 Ramdisks</translation>
    </message>
    <message>
        <location filename="../core/cpio/ramdisklister.cpp" line="22"/>
        <source>cannot open: %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>enclave::agent::AgentClient</name>
    <message>
        <location filename="../core/agent/agentclient.cpp" line="588"/>
        <source>the agent connection closed</source>
        <translation>die Verbindung zum Agenten wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../core/agent/agentclient.cpp" line="591"/>
        <source>enclave-agent is not installed on %1; run &apos;enclave-tool remote %1 install-agent&apos; (or Install agent in Connections)</source>
        <translation>enclave-agent ist auf %1 nicht installiert; &apos;enclave-tool remote %1 install-agent&apos; ausführen (oder „Agent installieren“ unter Verbindungen)</translation>
    </message>
    <message>
        <location filename="../core/agent/agentclient.cpp" line="597"/>
        <source>connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
</context>
<context>
    <name>enclave::agent::AgentInstaller</name>
    <message>
        <location filename="../core/agent/agentinstaller.cpp" line="125"/>
        <source>Connecting to %1...</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location filename="../core/agent/agentinstaller.cpp" line="185"/>
        <source>Copying %1 (%2 KiB, %3) to %4...</source>
        <translation>Kopiere %1 (%2 KiB, %3) nach %4 …</translation>
    </message>
</context>
<context>
    <name>enclave::ui::AttestationEndpointDialog</name>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="18"/>
        <source>Attestation Endpoint</source>
        <translation>Attestierungsendpunkt</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="20"/>
        <source>How enclaves running %1 hand out attestation documents. Enclave Studio sends a fresh random nonce through the agent&apos;s vsock stream and checks the answer.</source>
        <translation>Wie Enclaves mit %1 Attestierungsdokumente herausgeben. Enclave Studio sendet eine frische Zufalls-Nonce über den vsock-Stream des Agenten und prüft die Antwort.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="22"/>
        <source>this image</source>
        <translation>diesem Image</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="26"/>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="30"/>
        <source>raw (length-prefixed nonce and document)</source>
        <translation>raw (Nonce und Dokument mit Längenpräfix)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="31"/>
        <source>HTTP/1.1</source>
        <translation>HTTP/1.1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="41"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="42"/>
        <source>only on demand</source>
        <translation>nur auf Anforderung</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="48"/>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="49"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="50"/>
        <source>vsock port:</source>
        <translation>vsock-Port:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="51"/>
        <source>HTTP method:</source>
        <translation>HTTP-Methode:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="52"/>
        <source>Path template:</source>
        <translation>Pfadvorlage:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="53"/>
        <source>Response body:</source>
        <translation>Antwortrumpf:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="54"/>
        <source>Re-attest every:</source>
        <translation>Erneut attestieren alle:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/attestationendpointdialog.cpp" line="139"/>
        <source>This endpoint cannot carry a nonce: a document it returns proves the enclave&apos;s identity, but its freshness rests on the document&apos;s age alone.</source>
        <translation>Dieser Endpunkt kann keine Nonce übertragen: ein Dokument von ihm beweist die Identität der Enclave, seine Frische hängt aber allein vom Alter des Dokuments ab.</translation>
    </message>
</context>
<context>
    <name>enclave::ui::AttestationView</name>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="53"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="55"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="82"/>
        <source>Verify at Document Time</source>
        <translation>Zur Zeit des Dokuments prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="84"/>
        <source>Check the certificates at the moment the document was signed</source>
        <translation>Die Zertifikate zu dem Zeitpunkt prüfen, an dem das Dokument signiert wurde</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="91"/>
        <source>DEBUG MODE: PCRs are zero</source>
        <translation>DEBUG-MODUS: PCRs sind null</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="96"/>
        <source>This document comes from an enclave started with --debug-mode: its PCR0, PCR1 and PCR2 are zero and prove nothing about the image.</source>
        <translation>Dieses Dokument stammt aus einer mit --debug-mode gestarteten Enclave: PCR0, PCR1 und PCR2 sind null und belegen nichts über das Image.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="111"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="112"/>
        <source>PCRs</source>
        <translation>PCRs</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="119"/>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="120"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="158"/>
        <source>Verify certificates at:</source>
        <translation>Zertifikate prüfen zum Zeitpunkt:</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="162"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="163"/>
        <source>Document time</source>
        <translation>Zeit des Dokuments</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="164"/>
        <source>Chosen time</source>
        <translation>Gewählte Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="185"/>
        <source>Expected PCRs…</source>
        <translation>Erwartete PCRs…</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="189"/>
        <location filename="../widgets/inspector/attestationview.cpp" line="254"/>
        <source>none: PCRs are shown, not compared</source>
        <translation>keine: PCRs werden angezeigt, nicht verglichen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="204"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="205"/>
        <source>Module ID:</source>
        <translation>Modul-ID:</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="206"/>
        <source>Timestamp:</source>
        <translation>Zeitstempel:</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="207"/>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="208"/>
        <source>Digest:</source>
        <translation>Digest:</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="209"/>
        <source>Nonce:</source>
        <translation>Nonce:</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="210"/>
        <source>User data:</source>
        <translation>Benutzerdaten:</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="211"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="212"/>
        <source>COSE envelope:</source>
        <translation>COSE-Hülle:</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="213"/>
        <source>tag 18 (COSE_Sign1), ES384</source>
        <translation>Tag 18 (COSE_Sign1), ES384</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="213"/>
        <source>untagged COSE_Sign1, ES384</source>
        <translation>COSE_Sign1 ohne Tag, ES384</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="215"/>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/attestationview.cpp" line="259"/>
        <source>comparing %1</source>
        <translation>vergleiche %1</translation>
    </message>
</context>
<context>
    <name>enclave::ui::CertificateChainModel</name>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="52"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="52"/>
        <source>Root</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="54"/>
        <source>Leaf (enclave)</source>
        <translation>Blatt (Enclave)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="55"/>
        <source>Intermediate %1</source>
        <translation>Zwischenzertifikat %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="64"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="65"/>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="65"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="72"/>
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
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="98"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="100"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="102"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="104"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="106"/>
        <source>At verification time</source>
        <translation>Zum Prüfzeitpunkt</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/certificatechainmodel.cpp" line="108"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>enclave::ui::CompareView</name>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="49"/>
        <source>EIF, attestation document, nitro-cli output, KMS policy or PCR JSON</source>
        <translation>EIF, Attestierungsdokument, nitro-cli-Ausgabe, KMS-Richtlinie oder PCR-JSON</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="51"/>
        <location filename="../widgets/compare/compareview.cpp" line="52"/>
        <source>Browse...</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="55"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="56"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="63"/>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="66"/>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="72"/>
        <source>Pick or drop two files to compare their measurements.</source>
        <translation>Wählen Sie zwei Dateien oder ziehen Sie sie hierher, um ihre Messwerte zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="83"/>
        <source>Reading the left source</source>
        <translation>Lese die linke Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="84"/>
        <source>Reading the right source</source>
        <translation>Lese die rechte Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="84"/>
        <source>Comparing sections and ramdisk files</source>
        <translation>Vergleiche Abschnitte und Ramdisk-Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="113"/>
        <source>Fold unused zero PCRs</source>
        <translation>Unbenutzte Null-PCRs zusammenfassen</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="116"/>
        <source>Attestation documents list PCR0 to PCR15; the registers no measurement uses are all zero. Folded, they take one row.</source>
        <translation>Attestierungsdokumente nennen PCR0 bis PCR15; die Register, die kein Messwert nutzt, sind ganz null. Zusammengefasst belegen sie eine Zeile.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="129"/>
        <source>Content changes only (hide unmeasured metadata and mtime/owner-only files)</source>
        <translation>Nur Inhaltsänderungen (ungemessene Metadaten und reine mtime-/Eigentümer-Änderungen ausblenden)</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="151"/>
        <source>Copy Report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="152"/>
        <source>Copy the comparison as Markdown, for a ticket or a review</source>
        <translation>Den Vergleich als Markdown kopieren, für ein Ticket oder eine Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="153"/>
        <source>Export Report...</source>
        <translation>Bericht exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="154"/>
        <source>Save the comparison as a Markdown file</source>
        <translation>Den Vergleich als Markdown-Datei speichern</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="198"/>
        <source>Choose a measurement source</source>
        <translation>Messwertquelle wählen</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="249"/>
        <source>Choose two files first.</source>
        <translation>Wählen Sie zuerst zwei Dateien.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="255"/>
        <source>Comparing...</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="291"/>
        <source>Cannot compare: %1%2</source>
        <translation>Vergleich nicht möglich: %1%2</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="303"/>
        <source>Identical measurements: %1 PCRs compared, all equal.</source>
        <translation>Identische Messwerte: %1 PCRs verglichen, alle gleich.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="305"/>
        <source>Not comparable: the two sources have no PCR in common.</source>
        <translation>Nicht vergleichbar: Die beiden Quellen haben keinen gemeinsamen PCR.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="310"/>
        <source>Measurements differ: %1.</source>
        <translation>Messwerte weichen ab: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="314"/>
        <source> Every section is byte-identical.</source>
        <translation> Jeder Abschnitt ist byte-identisch.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="326"/>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="328"/>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="381"/>
        <source>The comparison was copied as Markdown.</source>
        <translation>Der Vergleich wurde als Markdown kopiert.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="391"/>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="392"/>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="406"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="409"/>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="432"/>
        <source>Show Both Versions...</source>
        <translation>Beide Fassungen zeigen …</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="434"/>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="436"/>
        <source>Copy Row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="442"/>
        <source>Copy Report as Markdown</source>
        <translation>Bericht als Markdown kopieren</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ConnectionErrorHint</name>
    <message>
        <location filename="../widgets/remote/connectionerrorhint.cpp" line="42"/>
        <source>The host key of %1 is not in your known_hosts file, so the connection was refused. Enclave Studio never accepts host keys on its own: compare the key&apos;s fingerprint with the one the instance shows (EC2 console output or SSM), then add it, e.g. by running &quot;ssh %1&quot; once in a terminal.</source>
        <translation>Der Host-Schlüssel von %1 steht nicht in Ihrer known_hosts-Datei, daher wurde die Verbindung abgelehnt. Enclave Studio akzeptiert Host-Schlüssel nie von sich aus: Vergleichen Sie den Fingerabdruck mit dem, den die Instanz zeigt (EC2-Konsolenausgabe oder SSM), und fügen Sie ihn dann hinzu, z. B. indem Sie einmal „ssh %1“ in einem Terminal ausführen.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionerrorhint.cpp" line="49"/>
        <source>The host key of %1 differs from the one in your known_hosts file. This happens when the instance was replaced, but it is also what an attack looks like. Check the new fingerprint out of band before removing the old key (ssh-keygen -R %1).</source>
        <translation>Der Host-Schlüssel von %1 weicht von dem in Ihrer known_hosts-Datei ab. Das passiert, wenn die Instanz ersetzt wurde, sieht aber auch genau wie ein Angriff aus. Prüfen Sie den neuen Fingerabdruck auf anderem Weg, bevor Sie den alten Schlüssel entfernen (ssh-keygen -R %1).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionerrorhint.cpp" line="56"/>
        <source>%1 refused the login. Check the user name and the identity file (or load the key into ssh-agent); Enclave Studio never asks for or stores passwords.</source>
        <translation>%1 hat die Anmeldung abgelehnt. Prüfen Sie Benutzername und Schlüsseldatei (oder laden Sie den Schlüssel in ssh-agent); Enclave Studio fragt nie nach Passwörtern und speichert keine.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionerrorhint.cpp" line="61"/>
        <source>%1 cannot be reached: check the host name, port, jump host and that the instance is running.</source>
        <translation>%1 ist nicht erreichbar: Prüfen Sie Hostname, Port und Jump-Host, und ob die Instanz läuft.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionerrorhint.cpp" line="65"/>
        <source>The agent could not be started on %1: open Connections, select the host and press Install agent (or run &quot;enclave-tool remote %1 install-agent&quot;), or set the agent command in the connection profile.</source>
        <translation>Der Agent konnte auf %1 nicht gestartet werden: Verbindungen öffnen, den Host wählen und „Agent installieren“ drücken (oder „enclave-tool remote %1 install-agent“ ausführen), oder den Agent-Befehl im Verbindungsprofil setzen.</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ConnectionProfile</name>
    <message>
        <location filename="../widgets/remote/connectionprofile.cpp" line="15"/>
        <source>Local simulator</source>
        <translation>Lokaler Simulator</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ConnectionsDialog</name>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="34"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="39"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="40"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="47"/>
        <source>Host name, address or a Host alias of ~/.ssh/config (listed)</source>
        <translation>Hostname, Adresse oder ein Host-Alias aus ~/.ssh/config (aufgelistet)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="49"/>
        <source>from ~/.ssh/config or your login</source>
        <translation>aus ~/.ssh/config oder Ihrer Anmeldung</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="52"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="54"/>
        <source>ssh-agent or ~/.ssh/config</source>
        <translation>ssh-agent oder ~/.ssh/config</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="58"/>
        <source>user@bastion (ssh -J)</source>
        <translation>benutzer@bastion (ssh -J)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="61"/>
        <source>One KEY=VALUE per line, e.g. ProxyCommand=aws ssm start-session --target %h …</source>
        <translation>Ein SCHLÜSSEL=WERT pro Zeile, z. B. ProxyCommand=aws ssm start-session --target %h …</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="65"/>
        <source>default: enclave-agent from PATH, else ~/.local/bin/enclave-agent</source>
        <translation>Vorgabe: enclave-agent aus PATH, sonst ~/.local/bin/enclave-agent</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="71"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="72"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="73"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="74"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="75"/>
        <source>Identity file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="76"/>
        <source>Jump host:</source>
        <translation>Jump-Host:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="77"/>
        <source>SSH options:</source>
        <translation>SSH-Optionen:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="78"/>
        <source>Agent command:</source>
        <translation>Agent-Befehl:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="80"/>
        <source>Before the first connection: the host key must already be in your known_hosts file (run &quot;ssh HOST&quot; once in a terminal and compare the fingerprint), and the remote user must be in group ne to run nitro-cli (sudo usermod -aG ne USER, then log in again).</source>
        <translation>Vor der ersten Verbindung: der Host-Schlüssel muss schon in Ihrer known_hosts-Datei stehen (einmal „ssh HOST“ im Terminal ausführen und den Fingerabdruck vergleichen), und der entfernte Benutzer muss in der Gruppe ne sein, um nitro-cli auszuführen (sudo usermod -aG ne BENUTZER, dann neu anmelden).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="86"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="88"/>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="317"/>
        <source>Install Agent</source>
        <translation>Agent installieren</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="105"/>
        <source>The Local simulator runs enclave-agent on this computer with simulated enclaves (no AWS, no SSH). State: %1. Agent: %2.</source>
        <translation>Der lokale Simulator führt enclave-agent auf diesem Computer mit simulierten Enclaves aus (ohne AWS, ohne SSH). Zustand: %1. Agent: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="108"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="110"/>
        <source>Passwords are never asked for or stored: ssh uses your keys and ssh-agent in batch mode. Host keys are checked strictly; an unknown or changed key is refused, never accepted for you.</source>
        <translation>Passwörter werden nie abgefragt oder gespeichert: ssh verwendet Ihre Schlüssel und ssh-agent im Batch-Modus. Host-Schlüssel werden streng geprüft; ein unbekannter oder geänderter Schlüssel wird abgelehnt, nie für Sie akzeptiert.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="120"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="121"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="163"/>
        <source>Identity File</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="243"/>
        <source>enclave-agent was not found.</source>
        <translation>enclave-agent wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="260"/>
        <source>%1 (%2 KiB, %3)</source>
        <translation>%1 (%2 KiB, %3)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="263"/>
        <source>No enclave-agent binaries were found next to this application, so the agent cannot be installed from here.</source>
        <translation>Neben dieser Anwendung wurden keine enclave-agent-Programme gefunden, daher kann der Agent von hier aus nicht installiert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="266"/>
        <source>Install Agent copies the static enclave-agent for the host&apos;s architecture (uname -m) over this SSH connection to ~/.local/bin/enclave-agent on %1, checks its version, then connects. Binaries: %2.</source>
        <translation>„Agent installieren“ kopiert den statischen enclave-agent für die Architektur des Hosts (uname -m) über diese SSH-Verbindung nach ~/.local/bin/enclave-agent auf %1, prüft seine Version und verbindet sich dann. Programme: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="285"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="297"/>
        <source>Connected: enclave-agent %1 on %2 (%3 backend).</source>
        <translation>Verbunden: enclave-agent %1 auf %2 (Backend %3).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="301"/>
        <source>It differs from this application&apos;s agent (%1).</source>
        <translation>Er unterscheidet sich vom Agenten dieser Anwendung (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="306"/>
        <source>Update Agent</source>
        <translation>Agent aktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="316"/>
        <source>enclave-agent is not installed on %1.</source>
        <translation>enclave-agent ist auf %1 nicht installiert.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="344"/>
        <source>Installing the agent failed at step &quot;%1&quot;: %2</source>
        <translation>Die Installation des Agenten ist bei Schritt „%1“ gescheitert: %2</translation>
    </message>
    <message>
        <location filename="../widgets/remote/connectionsdialog.cpp" line="367"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ConsoleView</name>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="41"/>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation>Suchen (Eingabe: nächster, Umschalt+Eingabe: vorheriger Treffer)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="44"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="46"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="47"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="49"/>
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile sichtbar halten</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="51"/>
        <location filename="../widgets/remote/consoleview.cpp" line="392"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="54"/>
        <source>Stop showing new output (it is kept and shown on resume, within the scrollback bound)</source>
        <translation>Neue Ausgabe nicht mehr anzeigen (sie wird aufbewahrt und beim Fortsetzen gezeigt, im Rahmen des Verlaufs)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="56"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="58"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="122"/>
        <source>%1 bytes of console output were lost: the agent&apos;s buffer no longer held them</source>
        <translation>%1 Bytes Konsolenausgabe gingen verloren: Der Puffer des Agenten enthielt sie nicht mehr</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="130"/>
        <source>console closed: %1</source>
        <translation>Konsole geschlossen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="137"/>
        <source>connection lost; reconnecting, will resume at byte %1</source>
        <translation>Verbindung verloren; verbinde neu, Fortsetzung bei Byte %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="144"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="392"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="453"/>
        <location filename="../widgets/remote/consoleview.cpp" line="458"/>
        <source>Save console</source>
        <translation>Konsole speichern</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="453"/>
        <source>Text (*.log *.txt)</source>
        <translation>Text (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="458"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="466"/>
        <source>%1 bytes received</source>
        <translation>%1 Bytes empfangen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="467"/>
        <source>%1 lines shown</source>
        <translation>%1 Zeilen angezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="469"/>
        <source>%1 older lines skipped (scrollback holds %2)</source>
        <translation>%1 ältere Zeilen übersprungen (der Verlauf fasst %2)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="471"/>
        <source>paused, %1 lines waiting</source>
        <translation>angehalten, %1 Zeilen warten</translation>
    </message>
    <message>
        <location filename="../widgets/remote/consoleview.cpp" line="473"/>
        <source>console ended</source>
        <translation>Konsole beendet</translation>
    </message>
</context>
<context>
    <name>enclave::ui::DashboardView</name>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="71"/>
        <source>dashboard closed; this console no longer follows the enclave</source>
        <translation>Dashboard geschlossen; diese Konsole folgt der Enclave nicht mehr</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="89"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="102"/>
        <source>CPUs: %v of %m used</source>
        <translation>CPUs: %v von %m belegt</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="106"/>
        <source>Memory: %v of %m MiB used</source>
        <translation>Speicher: %v von %m MiB belegt</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="113"/>
        <source>Launch…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="114"/>
        <source>Terminate…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="116"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="117"/>
        <source>Health Check…</source>
        <translation>Zustandsprüfung…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="118"/>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="119"/>
        <source>Attest Now</source>
        <translation>Jetzt attestieren</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="121"/>
        <source>Ask the enclave for a fresh attestation document and check it against its image</source>
        <translation>Die Enclave um ein frisches Attestierungsdokument bitten und es mit ihrem Image vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="122"/>
        <source>Posture Report…</source>
        <translation>Sicherheitslage…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="123"/>
        <source>Security posture report with the enclave&apos;s fresh attestation document</source>
        <translation>Bericht zur Sicherheitslage mit dem frischen Attestierungsdokument der Enclave</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="125"/>
        <source>Attestation Endpoint…</source>
        <translation>Attestierungsendpunkt …</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="128"/>
        <source>Clear Exited</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="129"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="143"/>
        <source>No enclaves on this host yet.</source>
        <translation>Noch keine Enclaves auf diesem Host.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="146"/>
        <source>Launch the Sample Enclave</source>
        <translation>Beispiel-Enclave starten</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="148"/>
        <source>Runs the sample EIF in the simulator in debug mode, so its console can be followed</source>
        <translation>Startet das Beispiel-EIF im Simulator im Debug-Modus, damit seine Konsole verfolgt werden kann</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="273"/>
        <source>Connected to %1: host %2, %3 backend, agent %4</source>
        <translation>Verbunden mit %1: Host %2, Backend %3, Agent %4</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="281"/>
        <location filename="../widgets/remote/dashboardview.cpp" line="301"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="285"/>
        <source>Connection to %1 lost; reconnecting…</source>
        <translation>Verbindung zu %1 verloren; verbinde neu…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="289"/>
        <source>Not connected to %1</source>
        <translation>Nicht mit %1 verbunden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="297"/>
        <source>Reading the host&apos;s capacity…</source>
        <translation>Lese die Kapazität des Hosts …</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="299"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="320"/>
        <source>Listing enclaves failed: %1</source>
        <translation>Auflisten der Enclaves fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="401"/>
        <source>%1 of %2 enclave CPUs free (allocator pool)</source>
        <translation>%1 von %2 Enclave-CPUs frei (Pool des Allocators)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="402"/>
        <source>%1 of %2 MiB enclave memory free (allocator hugepages)</source>
        <translation>%1 von %2 MiB Enclave-Speicher frei (Hugepages des Allocators)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/remote/dashboardview.cpp" line="405"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="460"/>
        <source>This enclave was not launched in debug mode, so its console stays closed: nothing it prints leaves the enclave. To watch its output, launch it again with &quot;Debug mode&quot; ticked (its attestation documents then carry all-zero PCRs, so use that only while developing).</source>
        <translation>Diese Enclave wurde nicht im Debug-Modus gestartet, daher bleibt ihre Konsole geschlossen: nichts, was sie ausgibt, verlässt die Enclave. Um ihre Ausgabe zu sehen, sie mit angehaktem „Debug-Modus“ neu starten (ihre Attestierungsdokumente tragen dann nur Null-PCRs, also nur während der Entwicklung).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="500"/>
        <source>Follow the enclave&apos;s console</source>
        <translation>Der Konsole der Enclave folgen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="515"/>
        <source>Launched %1 (%2) with CID %3.</source>
        <translation>%1 (%2) mit CID %3 gestartet.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="546"/>
        <source>The simulator has no sample.eif in its image directory; use Launch… to upload one.</source>
        <translation>Der Simulator hat kein sample.eif in seinem Image-Verzeichnis; laden Sie über „Starten…“ eines hoch.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="584"/>
        <source>Terminate Enclave</source>
        <translation>Enclave beenden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="585"/>
        <source>Terminate enclave %1 (%2)?

Its memory is wiped and whatever runs inside stops at once.</source>
        <translation>Enclave %1 (%2) beenden?

Ihr Speicher wird gelöscht, und alles, was darin läuft, stoppt sofort.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="596"/>
        <source>Terminating %1 failed: %2</source>
        <translation>Beenden von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="600"/>
        <source>Terminated %1.</source>
        <translation>%1 beendet.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="619"/>
        <location filename="../widgets/remote/dashboardview.cpp" line="625"/>
        <source>Console: %1</source>
        <translation>Konsole: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="652"/>
        <source>The agent does not say which image this enclave runs (it was not launched from this app), so its measurements are unknown here.</source>
        <translation>Der Agent nennt nicht das Image dieser Enclave (sie wurde nicht aus dieser App gestartet), daher sind ihre Messwerte hier unbekannt.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="654"/>
        <source>The agent did not report measurements for %1.</source>
        <translation>Der Agent hat keine Messwerte für %1 gemeldet.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="661"/>
        <source>Measurements: %1</source>
        <translation>Messwerte: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="741"/>
        <source>live attestation of %1</source>
        <translation>Live-Attestierung von %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="756"/>
        <source>Attestation: %1</source>
        <translation>Attestierung: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="774"/>
        <source>Cannot keep the attestation document: %1</source>
        <translation>Das Attestierungsdokument kann nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="794"/>
        <source>Posture: %1</source>
        <translation>Sicherheitslage: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="808"/>
        <source>Document of %1, nonce %2</source>
        <translation>Dokument vom %1, Nonce %2</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="810"/>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="810"/>
        <source>not carried by this endpoint</source>
        <translation>von diesem Endpunkt nicht übertragen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="811"/>
        <source>Double-click to open the document.</source>
        <translation>Doppelklick öffnet das Dokument.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/dashboardview.cpp" line="827"/>
        <source>the upload of %1 to the agent</source>
        <translation>das Hochladen von %1 zum Agenten</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EifDiffModel</name>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="71"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="74"/>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="77"/>
        <source>only in left</source>
        <translation>nur links</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="80"/>
        <source>only in right</source>
        <translation>nur rechts</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="87"/>
        <source>none (not measured)</source>
        <translation>keine (nicht gemessen)</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="94"/>
        <source>argument removed</source>
        <translation>Argument entfernt</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="96"/>
        <source>argument added</source>
        <translation>Argument hinzugefügt</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="103"/>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="108"/>
        <source>cannot list</source>
        <translation>nicht auflistbar</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="117"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="120"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="134"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="192"/>
        <source>Double-click to see both versions side by side.</source>
        <translation>Doppelklick zeigt beide Fassungen nebeneinander.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="233"/>
        <source>Section / file</source>
        <translation>Abschnitt / Datei</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="235"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../widgets/compare/eifdiffmodel.cpp" line="237"/>
        <source>PCRs moved / details</source>
        <translation>Veränderte PCRs / Details</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EifUploader</name>
    <message>
        <location filename="../widgets/remote/eifuploader.cpp" line="51"/>
        <location filename="../widgets/remote/eifuploader.cpp" line="107"/>
        <source>could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/eifuploader.cpp" line="68"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/remote/eifuploader.cpp" line="84"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/eifuploader.cpp" line="162"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EifView</name>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="73"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — EIF version %2, %3, %4 sections, %5, %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — EIF-Version %2, %3, %4 Abschnitte, %5, %6</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="79"/>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="79"/>
        <source>unsigned</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="83"/>
        <source>PCRs %p%</source>
        <translation>PCRs %p %</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="86"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="90"/>
        <location filename="../widgets/inspector/eifview.cpp" line="260"/>
        <source>Compute PCRs</source>
        <translation>PCRs berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="103"/>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="107"/>
        <source>Kernel cmdline</source>
        <translation>Kernel-Befehlszeile</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="111"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="112"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="115"/>
        <location filename="../widgets/inspector/eifview.cpp" line="125"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="132"/>
        <location filename="../widgets/inspector/eifview.cpp" line="356"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="175"/>
        <source>Copy Selected PCR</source>
        <translation>Ausgewählten PCR kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="177"/>
        <source>Copy All as JSON</source>
        <translation>Alle als JSON kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="198"/>
        <source>(no cmdline section)</source>
        <translation>(kein Befehlszeilen-Abschnitt)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="203"/>
        <source>(no metadata section: EIF version 3 or older, or built without one)</source>
        <translation>(kein Metadaten-Abschnitt: EIF-Version 3 oder älter, oder ohne erstellt)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="225"/>
        <source>unsigned image: no PCR8</source>
        <translation>nicht signiertes Image: kein PCR8</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="253"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="259"/>
        <source>PCRs cancelled</source>
        <translation>PCRs abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="259"/>
        <source>PCRs failed</source>
        <translation>PCRs fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="260"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="270"/>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="272"/>
        <source>PCRs computed</source>
        <translation>PCRs berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="311"/>
        <source>Unsigned image: there is no signature section, so no PCR8.</source>
        <translation>Nicht signiertes Image: Es gibt keinen Signaturabschnitt, daher keinen PCR8.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="313"/>
        <source>The signature section cannot be decoded: %1</source>
        <translation>Der Signaturabschnitt kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="316"/>
        <source>Signature present; verified once PCR0 is computed.</source>
        <translation>Signatur vorhanden; sie wird geprüft, sobald PCR0 berechnet ist.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="321"/>
        <source>Signature does NOT verify: %1</source>
        <translation>Signatur ist NICHT gültig: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="320"/>
        <source>The signature verifies, but it signs a different PCR0 than this image&apos;s.</source>
        <translation>Die Signatur ist gültig, signiert aber einen anderen PCR0 als den dieses Images.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="318"/>
        <source>Signature verified: the certificate&apos;s key signed this image&apos;s PCR0.</source>
        <translation>Signatur geprüft: Der Schlüssel des Zertifikats hat den PCR0 dieses Images signiert.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="352"/>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/eifview.cpp" line="356"/>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EnclaveAttestor</name>
    <message>
        <location filename="../widgets/remote/enclaveattestor.cpp" line="115"/>
        <source>attesting…</source>
        <translation>attestiere …</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclaveattestor.cpp" line="117"/>
        <source>no endpoint: vsock port %1 gave no document (details in the tooltip)</source>
        <translation>kein Endpunkt: vsock-Port %1 hat kein Dokument geliefert (Einzelheiten im Tooltip)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclaveattestor.cpp" line="124"/>
        <source>SIMULATED: </source>
        <translation>SIMULIERT: </translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclaveattestor.cpp" line="128"/>
        <source>stale: last verified %1 s ago</source>
        <translation>veraltet: zuletzt vor %1 s geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclaveattestor.cpp" line="129"/>
        <source>verified %1 s ago, matches image</source>
        <translation>vor %1 s geprüft, passt zum Image</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclaveattestor.cpp" line="138"/>
        <source>debug mode: zero PCRs by design, proves nothing about the image</source>
        <translation>Debug-Modus: absichtlich Null-PCRs, beweist nichts über das Image</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EnclaveMeasurementsView</name>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="41"/>
        <source>Enclave %1 (%2), launched from %3</source>
        <translation>Enclave %1 (%2), gestartet aus %3</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="50"/>
        <source>These are the image&apos;s measurements (SHA-384 PCRs as the agent&apos;s describe-eif reports them). </source>
        <translation>Dies sind die Messwerte des Images (SHA-384-PCRs, wie sie describe-eif des Agenten meldet). </translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="54"/>
        <source>This enclave runs in debug mode: its attestation documents carry all-zero PCRs instead.</source>
        <translation>Diese Enclave läuft im Debug-Modus: Ihre Attestierungsdokumente tragen stattdessen nur Null-PCRs.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="58"/>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="58"/>
        <source>Enclave image</source>
        <translation>Enclave-Image</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="58"/>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="86"/>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="136"/>
        <source>Local EIF</source>
        <translation>Lokales EIF</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="58"/>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="80"/>
        <source>Compare with Local EIF…</source>
        <translation>Mit lokalem EIF vergleichen…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="83"/>
        <source>Open in Compare View…</source>
        <translation>In der Vergleichsansicht öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="87"/>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="136"/>
        <source>Enclave images (*.eif);;All files (*)</source>
        <translation>Enclave-Images (*.eif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="95"/>
        <source>Compare %1</source>
        <translation>%1 vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="141"/>
        <source>Local: %1</source>
        <translation>Lokal: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="142"/>
        <source>Computing the PCRs of %1…</source>
        <translation>Berechne die PCRs von %1…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="151"/>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="161"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="175"/>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="179"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="179"/>
        <source>DIFFERENT</source>
        <translation>VERSCHIEDEN</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="186"/>
        <source>No PCR could be compared with %1.</source>
        <translation>Kein PCR konnte mit %1 verglichen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="188"/>
        <source>All %1 PCRs match %2.</source>
        <translation>Alle %1 PCRs stimmen mit %2 überein.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavemeasurementsview.cpp" line="190"/>
        <source>%1 of %2 PCRs differ from %3.</source>
        <translation>%1 von %2 PCRs weichen von %3 ab.</translation>
    </message>
</context>
<context>
    <name>enclave::ui::EnclaveTableModel</name>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="93"/>
        <source>EXITED %1</source>
        <translation>BEENDET %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="99"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="101"/>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="120"/>
        <source>Exited</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="120"/>
        <source>Exited: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="122"/>
        <source>Image: %1</source>
        <translation>Image: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="130"/>
        <source>Not launched from this app: the agent does not say which image it runs</source>
        <translation>Nicht aus dieser Anwendung gestartet: der Agent sagt nicht, welches Image sie ausführt</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="131"/>
        <source>Launched from %1</source>
        <translation>Gestartet aus %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="133"/>
        <source>Debug mode: the console is readable, and attestation documents carry all-zero PCRs.</source>
        <translation>Debug-Modus: Die Konsole ist lesbar, und Attestierungsdokumente tragen nur Null-PCRs.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="136"/>
        <source>Attest Now asks the enclave for a fresh attestation document.</source>
        <translation>„Jetzt attestieren“ bittet die Enclave um ein frisches Attestierungsdokument.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="139"/>
        <source>Started %1</source>
        <translation>Gestartet %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="157"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="159"/>
        <source>Enclave ID</source>
        <translation>Enclave-ID</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="161"/>
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="163"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="165"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="167"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="169"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="171"/>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="173"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="175"/>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="177"/>
        <source>Attestation</source>
        <translation>Attestierung</translation>
    </message>
    <message>
        <location filename="../widgets/remote/enclavetablemodel.cpp" line="248"/>
        <source>no longer listed by the agent</source>
        <translation>vom Agenten nicht mehr aufgeführt</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ErrorView</name>
    <message>
        <location filename="../widgets/shell/errorview.cpp" line="76"/>
        <source>&lt;b&gt;%1 cannot be shown.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 kann nicht angezeigt werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/shell/errorview.cpp" line="79"/>
        <source>At offset %1 (0x%2): %3</source>
        <translation>Bei Offset %1 (0x%2): %3</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ExpectedPcrsDialog</name>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="22"/>
        <source>Expected PCRs</source>
        <translation>Erwartete PCRs</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="25"/>
        <source>Paste nitro-cli output (describe-eif, build-enclave), a KMS key policy, or lines such as &quot;PCR0: &lt;hex&gt;&quot;. Leave empty to show PCRs without comparing.</source>
        <translation>Fügen Sie eine Ausgabe von nitro-cli (describe-eif, build-enclave), eine KMS-Schlüsselrichtlinie oder Zeilen wie „PCR0: &lt;hex&gt;“ ein. Leer lassen, um PCRs ohne Vergleich anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="40"/>
        <source>Load from &amp;EIF…</source>
        <translation>Aus &amp;EIF laden…</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="55"/>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="57"/>
        <source>Cannot use this text: %1</source>
        <translation>Dieser Text ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="65"/>
        <source>No expected PCRs.</source>
        <translation>Keine erwarteten PCRs.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="66"/>
        <source>Will compare %1.</source>
        <translation>Verglichen werden %1.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="74"/>
        <source>Load PCRs from EIF</source>
        <translation>PCRs aus EIF laden</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="74"/>
        <source>Enclave images (*.eif);;All files (*)</source>
        <translation>Enclave-Images (*.eif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="82"/>
        <source>Computing the PCRs of %1…</source>
        <translation>Berechne die PCRs von %1…</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="85"/>
        <source>Computing PCRs: %1%</source>
        <translation>Berechne PCRs: %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/expectedpcrsdialog.cpp" line="91"/>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>enclave::ui::FieldTreeModel</name>
    <message>
        <location filename="../widgets/inspector/fieldtreemodel.cpp" line="170"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/fieldtreemodel.cpp" line="172"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/fieldtreemodel.cpp" line="174"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/fieldtreemodel.cpp" line="176"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
</context>
<context>
    <name>enclave::ui::FileVersionsView</name>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="103"/>
        <source>%1: both versions</source>
        <translation>%1: beide Fassungen</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="116"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="116"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="116"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="116"/>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="123"/>
        <source>(absent: the file is only in the other image)</source>
        <translation>(fehlt: die Datei gibt es nur im anderen Image)</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="126"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="128"/>
        <source>(not hashed)</source>
        <translation>(nicht gehasht)</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="140"/>
        <source>Reading both versions...</source>
        <translation>Lese beide Fassungen …</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="214"/>
        <source>Cannot read the file: %1</source>
        <translation>Kann die Datei nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="228"/>
        <source>(only the first %1 bytes of each version are shown)</source>
        <translation>(von jeder Fassung werden nur die ersten %1 Bytes gezeigt)</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="278"/>
        <source>Text: the lines are identical (the difference is in the file&apos;s metadata).</source>
        <translation>Text: die Zeilen sind gleich (der Unterschied liegt in den Metadaten der Datei).</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="279"/>
        <source>Text: %1 lines removed, %2 lines added.</source>
        <translation>Text: %1 Zeilen entfernt, %2 Zeilen hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="301"/>
        <source>Binary: the bytes are identical (the difference is in the file&apos;s metadata).</source>
        <translation>Binär: die Bytes sind gleich (der Unterschied liegt in den Metadaten der Datei).</translation>
    </message>
    <message>
        <location filename="../widgets/compare/fileversionsview.cpp" line="312"/>
        <source>Binary: %1 bytes differ; the first difference is at offset 0x%2 (marked).</source>
        <translation>Binär: %1 Bytes unterscheiden sich; der erste Unterschied liegt bei Offset 0x%2 (markiert).</translation>
    </message>
</context>
<context>
    <name>enclave::ui::HealthCheckDialog</name>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="72"/>
        <source>Health Check over vsock</source>
        <translation>Zustandsprüfung über vsock</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="82"/>
        <source>Bytes to send; escapes \n \r \t \0 \xHH</source>
        <translation>Zu sendende Bytes; Escapes \n \r \t \0 \xHH</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="84"/>
        <source>The reply must contain these bytes (empty: connecting is enough)</source>
        <translation>Die Antwort muss diese Bytes enthalten (leer: Verbinden genügt)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="87"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="94"/>
        <source>CID:</source>
        <translation>CID:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="95"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="96"/>
        <source>Send:</source>
        <translation>Senden:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="97"/>
        <source>Expect:</source>
        <translation>Erwarten:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="98"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="100"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="127"/>
        <source>Nothing in the enclave accepts connections on port %1: is the application started and listening on that vsock port?</source>
        <translation>Nichts in der Enclave nimmt Verbindungen auf Port %1 an: ist die Anwendung gestartet und lauscht sie auf diesem vsock-Port?</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="145"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="124"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="122"/>
        <source>OK: the expected reply arrived in %1 ms.</source>
        <translation>OK: Die erwartete Antwort kam nach %1 ms.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/healthcheckdialog.cpp" line="123"/>
        <source>Not healthy after %1 ms: %2</source>
        <translation>Nach %1 ms nicht gesund: %2</translation>
    </message>
</context>
<context>
    <name>enclave::ui::HelpView</name>
    <message>
        <location filename="../widgets/shell/helpview.cpp" line="28"/>
        <source># Help

The help text is missing from this build.</source>
        <translation># Hilfe

Der Hilfetext fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>enclave::ui::HexView</name>
    <message>
        <location filename="../widgets/inspector/hexview.cpp" line="24"/>
        <source>Hex view</source>
        <translation>Hex-Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/hexview.cpp" line="200"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>enclave::ui::KmsPolicyPage</name>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="48"/>
        <source>EIF, attestation document, nitro-cli JSON or expectations file</source>
        <translation>EIF, Attestierungsdokument, nitro-cli-JSON oder Datei mit erwarteten Werten</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="58"/>
        <source>Measurements from:</source>
        <translation>Messwerte aus:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="62"/>
        <source>PCR%1</source>
        <translation>PCR%1</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="70"/>
        <source>Bind PCRs:</source>
        <translation>An PCRs binden:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="81"/>
        <source>IAM role ARN:</source>
        <translation>ARN der IAM-Rolle:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="93"/>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="97"/>
        <source>Whole key policy</source>
        <translation>Vollständige Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="98"/>
        <source>Statements only</source>
        <translation>Nur Anweisungen</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="99"/>
        <source>Deny without attestation</source>
        <translation>Ohne Attestierung verweigern</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="102"/>
        <source>One Deny statement per bound PCR: the role is refused the actions without an attestation document or with other PCR values, even when an IAM policy allows them.</source>
        <translation>Eine Deny-Anweisung pro gebundenem PCR: Der Rolle werden die Aktionen ohne Attestierungsdokument oder mit anderen PCR-Werten verweigert, selbst wenn eine IAM-Richtlinie sie erlaubt.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="105"/>
        <source>PCR0 as ImageSha384</source>
        <translation>PCR0 als ImageSha384</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="106"/>
        <source>PCR0 as PCR0</source>
        <translation>PCR0 als PCR0</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="111"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="120"/>
        <source>Choose a measurement source and enter the IAM role ARN.</source>
        <translation>Wählen Sie eine Messwertquelle und geben Sie den ARN der IAM-Rolle ein.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="137"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="138"/>
        <source>Save...</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="180"/>
        <source>Loading %1...</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="201"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="46"/>
        <source>Measurement Source</source>
        <translation>Messwertquelle</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="191"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="213"/>
        <source>Not in this source</source>
        <translation>Nicht in dieser Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="276"/>
        <source>Choose at least one action.</source>
        <translation>Wählen Sie mindestens eine Aktion.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="325"/>
        <source>No lint findings.</source>
        <translation>Keine Lint-Befunde.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="329"/>
        <source>This policy has lint errors (listed below): it is not safe to use, so it cannot be copied or saved.</source>
        <translation>Diese Richtlinie hat Lint-Fehler (unten aufgeführt): Sie ist nicht sicher verwendbar und kann daher weder kopiert noch gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="354"/>
        <source>No policy to save</source>
        <translation>Keine Richtlinie zum Speichern</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="355"/>
        <source>The policy has lint errors</source>
        <translation>Die Richtlinie hat Lint-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="386"/>
        <source>Save Key Policy</source>
        <translation>Schlüsselrichtlinie speichern</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="387"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="398"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmspolicypage.cpp" line="406"/>
        <source>the policy input typed into the form</source>
        <translation>die ins Formular eingegebene Richtlinieneingabe</translation>
    </message>
</context>
<context>
    <name>enclave::ui::LaunchDialog</name>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="46"/>
        <source>Launch Enclave</source>
        <translation>Enclave starten</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="49"/>
        <source>Upload Local EIF…</source>
        <translation>Lokales EIF hochladen…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="51"/>
        <source>Copy an EIF from this computer into the agent&apos;s image directory (SHA-384 checked by the agent)</source>
        <translation>Ein EIF von diesem Computer in das Image-Verzeichnis des Agenten kopieren (SHA-384 vom Agenten geprüft)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="60"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="64"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="65"/>
        <source>Debug mode (console readable)</source>
        <translation>Debug-Modus (Konsole lesbar)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="67"/>
        <source>Attestation documents of a debug-mode enclave carry all-zero PCRs, so KMS policies bound to PCRs will not release keys to it.</source>
        <translation>Attestierungsdokumente einer Enclave im Debug-Modus tragen nur Null-PCRs, daher geben an PCRs gebundene KMS-Richtlinien keine Schlüssel an sie frei.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="73"/>
        <source>from the EIF name</source>
        <translation>aus dem EIF-Namen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="87"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="89"/>
        <source>CPUs:</source>
        <translation>CPUs:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="90"/>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="92"/>
        <source>CID:</source>
        <translation>CID:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="95"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="98"/>
        <source>Launch</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="132"/>
        <source>Computing SHA-384… %p%</source>
        <translation>Berechne SHA-384… %p %</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="133"/>
        <source>Uploading… %p%</source>
        <translation>Wird hochgeladen… %p %</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="139"/>
        <source>Uploaded %1; the agent checked its SHA-384.</source>
        <translation>%1 hochgeladen; der Agent hat seinen SHA-384 geprüft.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="149"/>
        <source>Upload failed: %1</source>
        <translation>Hochladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="200"/>
        <source>Could not list the images on the parent: %1</source>
        <translation>Die Images auf der Elterninstanz konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="217"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="268"/>
        <source>Pick an image (or upload one).</source>
        <translation>Wählen Sie ein Image (oder laden Sie eines hoch).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="271"/>
        <source>nitro-cli needs at least %1 MiB for this image (4 × its %2): it would refuse with E26.</source>
        <translation>nitro-cli braucht für dieses Image mindestens %1 MiB (4 × seine %2): es würde mit E26 ablehnen.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="275"/>
        <source>The Nitro driver needs at least 64 MiB.</source>
        <translation>Der Nitro-Treiber braucht mindestens 64 MiB.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="277"/>
        <source>CIDs 1-3 are reserved (3 is the parent); use 4 or more, or automatic.</source>
        <translation>CIDs 1–3 sind reserviert (3 ist die Elterninstanz); verwenden Sie 4 oder mehr, oder automatisch.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="283"/>
        <source>Only %1 MiB of enclave memory is free (E27 likely).</source>
        <translation>Nur %1 MiB Enclave-Speicher sind frei (E27 wahrscheinlich).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="285"/>
        <source>Only %1 CPUs of the pool are free (E22 likely).</source>
        <translation>Nur %1 CPUs des Pools sind frei (E22 wahrscheinlich).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="287"/>
        <source>On x86_64 enclaves take full cores: use an even CPU count (E29 otherwise).</source>
        <translation>Auf x86_64 belegen Enclaves ganze Kerne: Verwenden Sie eine gerade CPU-Anzahl (sonst E29).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="290"/>
        <source>At least %1 MiB: 4 × the EIF size.</source>
        <translation>Mindestens %1 MiB: 4 × die EIF-Größe.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="314"/>
        <source>Upload EIF</source>
        <translation>EIF hochladen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="314"/>
        <source>Enclave images (*.eif);;All files (*)</source>
        <translation>Enclave-Images (*.eif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/remote/launchdialog.cpp" line="341"/>
        <source>Launching… (nitro-cli waits for the enclave&apos;s heartbeat)</source>
        <translation>Wird gestartet… (nitro-cli wartet auf das Lebenszeichen der Enclave)</translation>
    </message>
</context>
<context>
    <name>enclave::ui::MainWindow</name>
    <message>
        <location filename="../widgets/compare/comparefeature.cpp" line="15"/>
        <source>&amp;Compare Measurements…</source>
        <translation>Messwerte &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="100"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="110"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="112"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="114"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="116"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="119"/>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="121"/>
        <source>Close &amp;All Tabs</source>
        <translation>&amp;Alle Tabs schließen</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="128"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="129"/>
        <source>&amp;Copy Measurements as JSON</source>
        <translation>Messwerte als JSON &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="135"/>
        <source>&amp;Expected PCRs…</source>
        <translation>&amp;Erwartete PCRs…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="143"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="144"/>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="149"/>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="155"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="159"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="167"/>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="168"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="169"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="180"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="181"/>
        <source>Open &amp;Sample EIF</source>
        <translation>&amp;Beispiel-EIF öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="184"/>
        <source>&amp;Help Contents</source>
        <translation>&amp;Hilfe-Inhalt</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="187"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="190"/>
        <source>&amp;About Enclave Studio</source>
        <translation>&amp;Über Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="193"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="214"/>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="240"/>
        <source>Enclave Studio</source>
        <translation>Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="243"/>
        <source>%1 — Enclave Studio</source>
        <translation>%1 — Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="286"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="290"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="301"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="306"/>
        <source>not an enclave image, attestation document or measurements JSON (first bytes %1): EIF files start with &quot;.eif&quot;, attestation documents are COSE_Sign1 CBOR (0x84 or 0xd2), or its base64 or hex text; JSON must be nitro-cli output, a KMS key policy or {&quot;PCR0&quot;: ...}</source>
        <translation>weder ein Enclave-Image noch ein Attestierungsdokument noch JSON-Messwerte (erste Bytes %1): EIF-Dateien beginnen mit &quot;.eif&quot;, Attestierungsdokumente sind COSE_Sign1-CBOR (0x84 oder 0xd2) oder dessen Base64- oder Hex-Text; JSON muss nitro-cli-Ausgabe, eine KMS-Schlüsselrichtlinie oder {&quot;PCR0&quot;: ...} sein</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="410"/>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="431"/>
        <source>Close All Tabs</source>
        <translation>Alle Tabs schließen</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="459"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="490"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="320"/>
        <source>%1 bytes is too large for an attestation document (limit %2)</source>
        <translation>%1 Bytes sind zu groß für ein Attestierungsdokument (Grenze %2)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="343"/>
        <source>no viewer for %1 in this build</source>
        <translation>keine Ansicht für %1 in diesem Build</translation>
    </message>
    <message>
        <location filename="../widgets/compare/comparefeature.cpp" line="22"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="352"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="353"/>
        <source>Enclave images and attestation documents (*.eif *.cbor *.cose *.bin *.b64 *.txt *.hex);;All files (*)</source>
        <translation>Enclave-Images und Attestierungsdokumente (*.eif *.cbor *.cose *.bin *.b64 *.txt *.hex);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="383"/>
        <source>Sample EIF</source>
        <translation>Beispiel-EIF</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="384"/>
        <source>No sample EIF was found. Build the project (it writes sample/sample.eif) or run &quot;enclave-tool build-sample-eif FILE&quot; and open that file.</source>
        <translation>Es wurde kein Beispiel-EIF gefunden. Erstellen Sie das Projekt (es schreibt sample/sample.eif) oder führen Sie „enclave-tool build-sample-eif DATEI“ aus und öffnen Sie diese Datei.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/inspectorfeature.cpp" line="80"/>
        <source>%1 bytes is larger than any attestation document (limit %2)</source>
        <translation>%1 Bytes sind größer als jedes Attestierungsdokument (Grenze %2)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmsactions.cpp" line="45"/>
        <source>&amp;KMS Key Policy…</source>
        <translation>&amp;KMS-Schlüsselrichtlinie…</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmsactions.cpp" line="49"/>
        <source>KMS Key Policy</source>
        <translation>KMS-Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmsactions.cpp" line="51"/>
        <source>&amp;Sign EIF…</source>
        <translation>EIF &amp;signieren…</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmsactions.cpp" line="57"/>
        <location filename="../widgets/tools/kmsactions.cpp" line="68"/>
        <source>Sign EIF</source>
        <translation>EIF signieren</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmsactions.cpp" line="59"/>
        <source>Signing &amp;Certificate…</source>
        <translation>Signatur&amp;zertifikat…</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmsactions.cpp" line="70"/>
        <source>Signing Certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmsactions.cpp" line="72"/>
        <source>Security &amp;Posture Report…</source>
        <translation>Bericht zur Sicherheits&amp;lage…</translation>
    </message>
    <message>
        <location filename="../widgets/tools/kmsactions.cpp" line="82"/>
        <source>Posture Report</source>
        <translation>Sicherheitslage</translation>
    </message>
</context>
<context>
    <name>enclave::ui::MeasurementsView</name>
    <message>
        <location filename="../widgets/inspector/measurementsview.cpp" line="29"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, read-only</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/measurementsview.cpp" line="50"/>
        <source>Copy All as JSON</source>
        <translation>Alles als JSON kopieren</translation>
    </message>
</context>
<context>
    <name>enclave::ui::NitroErrorHints</name>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="190"/>
        <source>This is an internal nitro-cli failure; retry once, and if it persists collect the error log named in the message and restart the nitro-enclaves-allocator service.</source>
        <translation>Dies ist ein interner Fehler von nitro-cli; versuchen Sie es einmal erneut, und falls er bleibt, sichern Sie das in der Meldung genannte Fehlerprotokoll und starten Sie den Dienst nitro-enclaves-allocator neu.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="22"/>
        <source>Unspecified error</source>
        <translation>Nicht näher bezeichneter Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="23"/>
        <source>Missing argument</source>
        <translation>Fehlendes Argument</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="24"/>
        <source>Give the EIF, the CPU count and the memory size.</source>
        <translation>Geben Sie das EIF, die CPU-Anzahl und die Speichergröße an.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="26"/>
        <source>Conflicting arguments</source>
        <translation>Widersprüchliche Argumente</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="27"/>
        <source>Give either a CPU count or CPU IDs, not both.</source>
        <translation>Geben Sie entweder eine CPU-Anzahl oder CPU-IDs an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="29"/>
        <source>Invalid argument</source>
        <translation>Ungültiges Argument</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="30"/>
        <source>Check the numbers: CIDs 0-3 and 4294967295 are reserved (use 0 for an automatic CID), memory is in MiB.</source>
        <translation>Prüfen Sie die Zahlen: CIDs 0–3 und 4294967295 sind reserviert (0 für eine automatische CID), Speicher wird in MiB angegeben.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="33"/>
        <source>Socket pair creation failure</source>
        <translation>Socket-Paar konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="34"/>
        <source>Process spawn failure</source>
        <translation>Prozess konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="35"/>
        <source>The parent instance could not start the enclave process: check free memory and process limits on the parent.</source>
        <translation>Die Elterninstanz konnte den Enclave-Prozess nicht starten: Prüfen Sie freien Speicher und Prozessgrenzen auf der Elterninstanz.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="38"/>
        <source>Daemonize failure</source>
        <translation>Fehler beim Daemonisieren</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="39"/>
        <source>Cannot read the enclave sockets directory</source>
        <translation>Das Socket-Verzeichnis der Enclaves ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="40"/>
        <source>/run/nitro_enclaves is missing or not readable: install aws-nitro-enclaves-cli and add the agent&apos;s user to group &apos;ne&apos;.</source>
        <translation>/run/nitro_enclaves fehlt oder ist nicht lesbar: Installieren Sie aws-nitro-enclaves-cli und fügen Sie den Benutzer des Agenten der Gruppe „ne“ hinzu.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="43"/>
        <source>Unusable connection</source>
        <translation>Unbrauchbare Verbindung</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="44"/>
        <source>Socket close error</source>
        <translation>Fehler beim Schließen eines Sockets</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="45"/>
        <source>Cannot set the console connect timeout</source>
        <translation>Das Verbindungs-Timeout der Konsole kann nicht gesetzt werden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="47"/>
        <source>Enclave not found</source>
        <translation>Enclave nicht gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="48"/>
        <source>The enclave ID is unknown or the enclave is gone: refresh the list; it may have exited already.</source>
        <translation>Die Enclave-ID ist unbekannt oder die Enclave ist weg: Aktualisieren Sie die Liste; sie ist vielleicht schon beendet.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="51"/>
        <source>Epoll error</source>
        <translation>Epoll-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="52"/>
        <source>Inotify error</source>
        <translation>Inotify-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="53"/>
        <source>Invalid command</source>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="54"/>
        <source>Lock acquire failure</source>
        <translation>Sperre konnte nicht erlangt werden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="55"/>
        <source>Another nitro-cli command holds the lock; wait a moment and retry.</source>
        <translation>Ein anderer nitro-cli-Befehl hält die Sperre; warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="57"/>
        <source>Thread join failure</source>
        <translation>Fehler beim Zusammenführen eines Threads</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="58"/>
        <source>Bad configuration JSON</source>
        <translation>Fehlerhaftes Konfigurations-JSON</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="59"/>
        <source>Fix the JSON of the run configuration.</source>
        <translation>Korrigieren Sie das JSON der Startkonfiguration.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="60"/>
        <source>File permissions error</source>
        <translation>Fehler bei Dateiberechtigungen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="61"/>
        <source>A nitro-cli log or state file belongs to another user: run the agent as the user that owns /var/log/nitro_enclaves.</source>
        <translation>Eine Protokoll- oder Statusdatei von nitro-cli gehört einem anderen Benutzer: Führen Sie den Agenten als Eigentümer von /var/log/nitro_enclaves aus.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="64"/>
        <source>File operation failure</source>
        <translation>Dateioperation fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="65"/>
        <source>A file could not be opened: check the EIF exists on the parent, and that /dev/nitro_enclaves exists (enclaves enabled on the instance, driver loaded) and the agent&apos;s user is in group &apos;ne&apos;.</source>
        <translation>Eine Datei konnte nicht geöffnet werden: Prüfen Sie, ob das EIF auf der Elterninstanz existiert, ob /dev/nitro_enclaves existiert (Enclaves auf der Instanz aktiviert, Treiber geladen) und ob der Benutzer des Agenten in der Gruppe „ne“ ist.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="69"/>
        <source>Invalid CPU configuration</source>
        <translation>Ungültige CPU-Konfiguration</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="70"/>
        <source>CPU IDs must be distinct.</source>
        <translation>CPU-IDs müssen verschieden sein.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="71"/>
        <source>CPU not in the enclave pool</source>
        <translation>CPU nicht im Enclave-Pool</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="72"/>
        <source>Pick CPUs from the pool, or edit cpu_pool in /etc/nitro_enclaves/allocator.yaml and restart nitro-enclaves-allocator.</source>
        <translation>Wählen Sie CPUs aus dem Pool, oder ändern Sie cpu_pool in /etc/nitro_enclaves/allocator.yaml und starten Sie nitro-enclaves-allocator neu.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="75"/>
        <source>Not enough CPUs in the pool</source>
        <translation>Nicht genug CPUs im Pool</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="76"/>
        <source>Terminate an enclave or lower the CPU count, or raise cpu_count in /etc/nitro_enclaves/allocator.yaml (all enclaves stopped) and restart nitro-enclaves-allocator.</source>
        <translation>Beenden Sie eine Enclave oder senken Sie die CPU-Anzahl, oder erhöhen Sie cpu_count in /etc/nitro_enclaves/allocator.yaml (alle Enclaves gestoppt) und starten Sie nitro-enclaves-allocator neu.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="80"/>
        <source>Malformed CPU ID</source>
        <translation>Fehlerhafte CPU-ID</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="81"/>
        <source>CPU interval error</source>
        <translation>Fehler im CPU-Intervall</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="82"/>
        <source>No such hugepage size</source>
        <translation>Diese Hugepage-Größe gibt es nicht</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="83"/>
        <source>Insufficient memory requested</source>
        <translation>Zu wenig Speicher angefordert</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="84"/>
        <source>Give the enclave at least 4 times the EIF file size in MiB (and never 0).</source>
        <translation>Geben Sie der Enclave mindestens das Vierfache der EIF-Dateigröße in MiB (und nie 0).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="86"/>
        <source>Not enough enclave memory available</source>
        <translation>Nicht genug Enclave-Speicher verfügbar</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="87"/>
        <source>Terminate an enclave or ask for less memory, or raise memory_mib in /etc/nitro_enclaves/allocator.yaml and restart nitro-enclaves-allocator.</source>
        <translation>Beenden Sie eine Enclave oder fordern Sie weniger Speicher an, oder erhöhen Sie memory_mib in /etc/nitro_enclaves/allocator.yaml und starten Sie nitro-enclaves-allocator neu.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="91"/>
        <source>Invalid enclave file descriptor</source>
        <translation>Ungültiger Enclave-Dateideskriptor</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="92"/>
        <source>Ioctl failure</source>
        <translation>Ioctl-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="93"/>
        <source>The Nitro driver refused the request: on x86_64 use an even CPU count (full cores), a CID that is not in use, and wait a few seconds between launches. The error log has the driver&apos;s reason.</source>
        <translation>Der Nitro-Treiber hat die Anfrage abgelehnt: Verwenden Sie auf x86_64 eine gerade CPU-Anzahl (ganze Kerne) und eine unbenutzte CID, und warten Sie zwischen zwei Starts einige Sekunden. Das Fehlerprotokoll nennt den Grund des Treibers.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="97"/>
        <source>Image load info failure</source>
        <translation>Fehler bei den Ladeinformationen des Images</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="98"/>
        <source>Memory region setup failure</source>
        <translation>Fehler beim Einrichten des Speicherbereichs</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="99"/>
        <source>vCPU add failure</source>
        <translation>vCPU konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="100"/>
        <source>Check the CPU pool: the CPUs must be offline on the parent (nitro-enclaves-allocator).</source>
        <translation>Prüfen Sie den CPU-Pool: Die CPUs müssen auf der Elterninstanz offline sein (nitro-enclaves-allocator).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="102"/>
        <source>Enclave start failure</source>
        <translation>Enclave-Startfehler</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="103"/>
        <source>Memory overflow</source>
        <translation>Speicherüberlauf</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="104"/>
        <source>Ask for less memory.</source>
        <translation>Fordern Sie weniger Speicher an.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="105"/>
        <source>EIF parsing error</source>
        <translation>Fehler beim Lesen des EIF</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="106"/>
        <source>The image is corrupt or hugepages are not available: rebuild or re-upload the EIF and check the allocator service.</source>
        <translation>Das Image ist beschädigt oder Hugepages sind nicht verfügbar: Erstellen Sie das EIF neu oder laden Sie es erneut hoch, und prüfen Sie den Allocator-Dienst.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="109"/>
        <source>Enclave boot failure</source>
        <translation>Enclave-Bootfehler</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="110"/>
        <source>The enclave sent no heartbeat: check the EIF (kernel, init), an expired signing certificate, and do not launch two enclaves at the same moment. Start it in debug mode to read its console.</source>
        <translation>Die Enclave hat kein Lebenszeichen gesendet: Prüfen Sie das EIF (Kernel, init) und ein abgelaufenes Signaturzertifikat, und starten Sie nie zwei Enclaves im selben Moment. Starten Sie sie im Debug-Modus, um ihre Konsole zu lesen.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="114"/>
        <source>Enclave event wait error</source>
        <translation>Fehler beim Warten auf Enclave-Ereignisse</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="115"/>
        <source>Enclave process command not executed</source>
        <translation>Befehl des Enclave-Prozesses nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="117"/>
        <source>Enclave process connection failure</source>
        <translation>Verbindung zum Enclave-Prozess fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="118"/>
        <source>Usually follows another error: look at the first error code; the enclave process may have died.</source>
        <translation>Folgt meist auf einen anderen Fehler: Sehen Sie sich den ersten Fehlercode an; der Enclave-Prozess ist vielleicht abgestürzt.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="121"/>
        <source>Socket path not found</source>
        <translation>Socket-Pfad nicht gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="122"/>
        <source>The enclave is gone: refresh the list.</source>
        <translation>Die Enclave ist weg: Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="123"/>
        <source>Send reply failure</source>
        <translation>Antwort konnte nicht gesendet werden</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="124"/>
        <source>mmap error</source>
        <translation>mmap-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="125"/>
        <source>munmap error</source>
        <translation>munmap-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="126"/>
        <source>Console connection failure</source>
        <translation>Konsolenverbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="127"/>
        <source>The console exists only for enclaves started in debug mode: relaunch with debug mode on (its attestation documents then carry zero PCRs).</source>
        <translation>Die Konsole gibt es nur für im Debug-Modus gestartete Enclaves: Starten Sie neu mit Debug-Modus (ihre Attestierungsdokumente tragen dann Null-PCRs).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="130"/>
        <source>Console read error</source>
        <translation>Lesefehler der Konsole</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="131"/>
        <source>The enclave exited or rebooted while its console was followed.</source>
        <translation>Die Enclave wurde beendet oder neu gestartet, während ihre Konsole verfolgt wurde.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="133"/>
        <source>Console write error</source>
        <translation>Schreibfehler der Konsole</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="134"/>
        <source>The console reader went away (e.g. the SSH session ended); reconnect.</source>
        <translation>Der Konsolenleser ist weg (z. B. endete die SSH-Sitzung); verbinden Sie neu.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="136"/>
        <source>Integer parsing error</source>
        <translation>Fehler beim Lesen einer Ganzzahl</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="137"/>
        <source>Check the CID and the other numbers.</source>
        <translation>Prüfen Sie die CID und die anderen Zahlen.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="138"/>
        <source>EIF build error</source>
        <translation>Fehler beim Erstellen des EIF</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="139"/>
        <source>Check the docker image and the build output.</source>
        <translation>Prüfen Sie das Docker-Image und die Build-Ausgabe.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="141"/>
        <source>Docker build error</source>
        <translation>Docker-Build-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="142"/>
        <source>Check the Dockerfile and the docker daemon.</source>
        <translation>Prüfen Sie das Dockerfile und den Docker-Daemon.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="144"/>
        <source>Docker pull error</source>
        <translation>Docker-Pull-Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="145"/>
        <source>Check the image name and the registry credentials.</source>
        <translation>Prüfen Sie den Image-Namen und die Zugangsdaten der Registry.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="147"/>
        <source>Artifacts path not set</source>
        <translation>Artefaktpfad nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="148"/>
        <source>Set HOME or NITRO_CLI_ARTIFACTS for the agent&apos;s user.</source>
        <translation>Setzen Sie HOME oder NITRO_CLI_ARTIFACTS für den Benutzer des Agenten.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="150"/>
        <source>Blobs path not set</source>
        <translation>Blob-Pfad nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="151"/>
        <source>Set NITRO_CLI_BLOBS or install the nitro-cli blobs.</source>
        <translation>Setzen Sie NITRO_CLI_BLOBS oder installieren Sie die nitro-cli-Blobs.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="153"/>
        <source>Clock skew</source>
        <translation>Uhrzeitabweichung</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="154"/>
        <source>Fix the parent instance&apos;s clock (chrony).</source>
        <translation>Korrigieren Sie die Uhr der Elterninstanz (chrony).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="156"/>
        <source>Signal masking error</source>
        <translation>Fehler beim Maskieren von Signalen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="157"/>
        <source>Signal unmasking error</source>
        <translation>Fehler beim Demaskieren von Signalen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="158"/>
        <source>Logger error</source>
        <translation>Fehler der Protokollierung</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="159"/>
        <source>Check permissions of /var/log/nitro_enclaves.</source>
        <translation>Prüfen Sie die Berechtigungen von /var/log/nitro_enclaves.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="161"/>
        <source>Hasher error</source>
        <translation>Fehler beim Hashen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="162"/>
        <source>Enclave naming error</source>
        <translation>Fehler bei der Enclave-Benennung</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="163"/>
        <source>No enclave or more than one has that name: use the enclave ID.</source>
        <translation>Keine oder mehrere Enclaves tragen diesen Namen: Verwenden Sie die Enclave-ID.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="165"/>
        <source>EIF signature check failed</source>
        <translation>Signaturprüfung des EIF fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="166"/>
        <source>The signing certificate is invalid or expired: re-sign the EIF with a valid certificate (PCR8 changes).</source>
        <translation>Das Signaturzertifikat ist ungültig oder abgelaufen: Signieren Sie das EIF mit einem gültigen Zertifikat neu (PCR8 ändert sich).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="169"/>
        <source>EIF signing error</source>
        <translation>Fehler beim Signieren des EIF</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="170"/>
        <source>Check the signing key and certificate paths (or the KMS credentials).</source>
        <translation>Prüfen Sie die Pfade von Signaturschlüssel und Zertifikat (oder die KMS-Zugangsdaten).</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="210"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="212"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../widgets/remote/nitroerrorhints.cpp" line="214"/>
        <source>Error log on the parent: %1</source>
        <translation>Fehlerprotokoll auf der Elterninstanz: %1</translation>
    </message>
</context>
<context>
    <name>enclave::ui::OperatorActions</name>
    <message>
        <location filename="../widgets/remote/operatoractions.cpp" line="29"/>
        <source>&amp;Remote</source>
        <translation>&amp;Remote</translation>
    </message>
    <message>
        <location filename="../widgets/remote/operatoractions.cpp" line="31"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../widgets/remote/operatoractions.cpp" line="34"/>
        <source>&amp;Local Simulator Dashboard</source>
        <translation>&amp;Dashboard des lokalen Simulators</translation>
    </message>
    <message>
        <location filename="../widgets/remote/operatoractions.cpp" line="41"/>
        <source>Enclaves in the built-in simulator, no AWS needed</source>
        <translation>Enclaves im eingebauten Simulator, kein AWS nötig</translation>
    </message>
    <message>
        <location filename="../widgets/remote/operatoractions.cpp" line="42"/>
        <source>Open the dashboard of %1</source>
        <translation>Das Dashboard von %1 öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/remote/operatoractions.cpp" line="45"/>
        <source>Connect to Another Host…</source>
        <translation>Mit einem anderen Host verbinden …</translation>
    </message>
    <message>
        <location filename="../widgets/remote/operatoractions.cpp" line="45"/>
        <source>Add or edit SSH connections</source>
        <translation>SSH-Verbindungen hinzufügen oder bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/remote/operatoractions.cpp" line="84"/>
        <source>Enclaves: %1</source>
        <translation>Enclaves: %1</translation>
    </message>
</context>
<context>
    <name>enclave::ui::OverwriteConfirm</name>
    <message>
        <location filename="../widgets/common/overwriteconfirm.cpp" line="25"/>
        <source>%1 already exists in %2.
Replace it?</source>
        <translation>%1 existiert bereits in %2.
Ersetzen?</translation>
    </message>
    <message>
        <location filename="../widgets/common/overwriteconfirm.cpp" line="26"/>
        <source>%1 already exists in %2 (%3).
Replace it?</source>
        <translation>%1 existiert bereits in %2 (%3).
Ersetzen?</translation>
    </message>
    <message>
        <location filename="../widgets/common/overwriteconfirm.cpp" line="33"/>
        <source>Replace %1?</source>
        <translation>%1 ersetzen?</translation>
    </message>
    <message>
        <location filename="../widgets/common/overwriteconfirm.cpp" line="36"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>enclave::ui::PathField</name>
    <message>
        <location filename="../widgets/tools/pathfield.cpp" line="20"/>
        <source>Browse...</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>enclave::ui::PcrCompareModel</name>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="144"/>
        <source>left only (not compared)</source>
        <translation>nur links (nicht verglichen)</translation>
    </message>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="145"/>
        <source>right only (not compared)</source>
        <translation>nur rechts (nicht verglichen)</translation>
    </message>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="146"/>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="146"/>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="83"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="115"/>
        <source>unused (all zero)</source>
        <translation>unbenutzt (ganz null)</translation>
    </message>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="117"/>
        <source>all zero</source>
        <translation>ganz null</translation>
    </message>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="120"/>
        <source>%1 registers no Nitro measurement uses; every value given is zero. Untick &quot;Fold unused zero PCRs&quot; to list them.</source>
        <translation>%1 sind Register, die kein Nitro-Messwert nutzt; jeder angegebene Wert ist null. „Unbenutzte Null-PCRs zusammenfassen“ abwählen, um sie aufzulisten.</translation>
    </message>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="193"/>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="197"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../widgets/compare/pcrcomparemodel.cpp" line="199"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
</context>
<context>
    <name>enclave::ui::PcrTableModel</name>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="141"/>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="148"/>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="150"/>
        <source>computing</source>
        <translation>wird berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="152"/>
        <source>zero: debug mode</source>
        <translation>null: Debug-Modus</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="154"/>
        <source>zero (not used)</source>
        <translation>null (nicht verwendet)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="156"/>
        <source>matches expected</source>
        <translation>stimmt mit Erwartung überein</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="158"/>
        <source>DIFFERS from expected %1</source>
        <translation>WEICHT AB von erwartetem %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="161"/>
        <source>missing (expected)</source>
        <translation>fehlt (erwartet)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="163"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="173"/>
        <source>The enclave ran in debug mode: Nitro reports PCR0, PCR1 and PCR2 as zeros, so they prove nothing about the image.</source>
        <translation>Die Enclave lief im Debug-Modus: Nitro meldet PCR0, PCR1 und PCR2 als Nullen, sie belegen also nichts über das Image.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="176"/>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="215"/>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="217"/>
        <source>Measures</source>
        <translation>Misst</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="219"/>
        <source>Value (SHA-384)</source>
        <translation>Wert (SHA-384)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/pcrtablemodel.cpp" line="221"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>enclave::ui::PostureReportPage</name>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="40"/>
        <source>Enclave image:</source>
        <translation>Enclave-Image:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="40"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="41"/>
        <source>KMS key policy:</source>
        <translation>KMS-Schlüsselrichtlinie:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="41"/>
        <location filename="../widgets/tools/posturereportpage.cpp" line="42"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="42"/>
        <source>Attestation document:</source>
        <translation>Attestierungsdokument:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="47"/>
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="50"/>
        <source>Export Markdown...</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="51"/>
        <source>Export HTML...</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="52"/>
        <source>Export PDF...</source>
        <translation>PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="56"/>
        <source>Show full paths</source>
        <translation>Vollständige Pfade zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="59"/>
        <source>Name the inputs by their full path instead of their file name (the report may be handed to someone who does not need your directory layout)</source>
        <translation>Die Eingaben mit vollem Pfad statt Dateinamen nennen (der Bericht geht vielleicht an jemanden, der Ihre Verzeichnisstruktur nicht braucht)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="78"/>
        <source>Choose an enclave image (and optionally a key policy and an attestation document), then Assess.</source>
        <translation>Wählen Sie ein Enclave-Image (und optional eine Schlüsselrichtlinie und ein Attestierungsdokument) und klicken Sie dann auf „Bewerten“.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="122"/>
        <source>Choose the enclave image to assess.</source>
        <translation>Wählen Sie das zu bewertende Enclave-Image.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="128"/>
        <source>Assessing...</source>
        <translation>Wird bewertet…</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="145"/>
        <source>Cannot assess: %1</source>
        <translation>Bewertung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="151"/>
        <source>Report ready.</source>
        <translation>Bericht fertig.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="161"/>
        <location filename="../widgets/tools/posturereportpage.cpp" line="209"/>
        <source>Enclave Studio</source>
        <translation>Enclave Studio</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="193"/>
        <source>No report to export</source>
        <translation>Kein Bericht zum Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="208"/>
        <source>Security posture: %1</source>
        <translation>Sicherheitslage: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="255"/>
        <source>Export Markdown</source>
        <translation>Markdown exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="260"/>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="265"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="267"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="257"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="262"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/posturereportpage.cpp" line="242"/>
        <source>Cannot export %1: %2</source>
        <translation>%1 kann nicht exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>enclave::ui::RamdiskContentsModel</name>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="85"/>
        <source>gzip cpio</source>
        <translation>gzip-cpio</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="86"/>
        <source>cpio</source>
        <translation>cpio</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="87"/>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="88"/>
        <source>ramdisk %1 (%2, %3 entries, %4 at offset %5)</source>
        <translation>Ramdisk %1 (%2, %3 Einträge, %4 bei Offset %5)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="95"/>
        <source> - error: %1</source>
        <translation> – Fehler: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="133"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="176"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="178"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="180"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="182"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="184"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="186"/>
        <source>Modified (UTC)</source>
        <translation>Geändert (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsmodel.cpp" line="188"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>enclave::ui::RamdiskContentsView</name>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="38"/>
        <source>Listing ramdisks...</source>
        <translation>Ramdisks werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="42"/>
        <source>Filter by path…</source>
        <translation>Nach Pfad filtern …</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="71"/>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="380"/>
        <source>Select a file to view its content.</source>
        <translation>Wählen Sie eine Datei, um ihren Inhalt anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="95"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="96"/>
        <source>Cannot save %1: %2</source>
        <translation>Kann %1 nicht speichern: %2</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="144"/>
        <source>Cannot list the ramdisks: %1</source>
        <translation>Die Ramdisks können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="149"/>
        <source>%1 ramdisks, %2 entries. Paths are shown as stored; nothing is extracted.</source>
        <translation>%1 Ramdisks, %2 Einträge. Pfade werden wie gespeichert angezeigt; nichts wird entpackt.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="180"/>
        <source>Entries matching &quot;%1&quot;: %2.</source>
        <translation>Einträge, die zu „%1“ passen: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="253"/>
        <source>&amp;View File</source>
        <translation>Datei &amp;ansehen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="256"/>
        <source>&amp;Save File As…</source>
        <translation>Datei &amp;speichern unter …</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="260"/>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="262"/>
        <source>Copy SHA-&amp;256</source>
        <translation>SHA-&amp;256 kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="265"/>
        <source>Show Bytes in &amp;Hex View</source>
        <translation>Bytes in der &amp;Hex-Ansicht zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="271"/>
        <source>The ramdisk is compressed: the file&apos;s bytes are not stored as they are in the image.</source>
        <translation>Die Ramdisk ist komprimiert: die Bytes der Datei stehen nicht unverändert im Image.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="309"/>
        <source>Save File As</source>
        <translation>Datei speichern unter</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="321"/>
        <source>A file is still being saved.</source>
        <translation>Eine Datei wird noch gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="325"/>
        <source>%1 is %2: larger than the %3 this view saves.</source>
        <translation>%1 hat %2: größer als die %3, die diese Ansicht speichert.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="332"/>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="333"/>
        <source>%1 already exists. Replace it with %2 from the image?</source>
        <translation>%1 existiert bereits. Durch %2 aus dem Image ersetzen?</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="348"/>
        <source>Saving %1…</source>
        <translation>Speichere %1 …</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="386"/>
        <source>%1: a %2, no content to show</source>
        <translation>%1: ein(e) %2, kein Inhalt anzuzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="394"/>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="415"/>
        <source>Reading %1...</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="440"/>
        <source>Cannot read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="446"/>
        <source>%1: %2 bytes, shown as %3</source>
        <translation>%1: %2 Bytes, angezeigt als %3</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="449"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="449"/>
        <source>hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/ramdiskcontentsview.cpp" line="451"/>
        <source> (first %1 bytes)</source>
        <translation> (erste %1 Bytes)</translation>
    </message>
</context>
<context>
    <name>enclave::ui::SignEifPage</name>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="74"/>
        <source>Enclave images (*.eif);;All files (*)</source>
        <translation>Enclave-Images (*.eif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="75"/>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-Dateien (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="79"/>
        <source>Enclave image:</source>
        <translation>Enclave-Image:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="80"/>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="81"/>
        <source>Signing certificate:</source>
        <translation>Signaturzertifikat:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="83"/>
        <source>Passphrase file (optional):</source>
        <translation>Passphrasendatei (optional):</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="84"/>
        <source>Signed image:</source>
        <translation>Signiertes Image:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="85"/>
        <source>Empty: &lt;image&gt;-signed.eif next to the image</source>
        <translation>Leer: &lt;Image&gt;-signed.eif neben dem Image</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="86"/>
        <source>Sign even with an expired certificate or a damaged (CRC) image</source>
        <translation>Auch mit abgelaufenem Zertifikat oder beschädigtem Image (CRC) signieren</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="100"/>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="103"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="115"/>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="116"/>
        <source>PCR0:</source>
        <translation>PCR0:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="117"/>
        <source>PCR8:</source>
        <translation>PCR8:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="118"/>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="119"/>
        <source>Written to:</source>
        <translation>Geschrieben nach:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="120"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="121"/>
        <source>Open Signed Image</source>
        <translation>Signiertes Image öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="190"/>
        <source>Choose the enclave image, the private key and the signing certificate.</source>
        <translation>Wählen Sie das Enclave-Image, den privaten Schlüssel und das Signaturzertifikat.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="196"/>
        <source>the image being signed: it is replaced by the signed image</source>
        <translation>das Image, das signiert wird: es wird durch das signierte Image ersetzt</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="197"/>
        <source>it is replaced by the signed image</source>
        <translation>es wird durch das signierte Image ersetzt</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="198"/>
        <source>Not signed: %1 was kept as it is.</source>
        <translation>Nicht signiert: %1 blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="212"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="213"/>
        <source>Not signed: %1</source>
        <translation>Nicht signiert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="217"/>
        <source> (replaced the previous signature)</source>
        <translation> (vorherige Signatur ersetzt)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="219"/>
        <source>Signed: written to %1</source>
        <translation>Signiert: geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="220"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="246"/>
        <source>the signing in progress (the signed image would not be written)</source>
        <translation>das laufende Signieren (das signierte Image würde nicht geschrieben)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signeifpage.cpp" line="248"/>
        <source>the paths typed into the form</source>
        <translation>die ins Formular eingegebenen Pfade</translation>
    </message>
</context>
<context>
    <name>enclave::ui::SigningCertificatePage</name>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="33"/>
        <source>Who signs the images, in OpenSSL -subj syntax: /CN=name/O=organisation/C=country</source>
        <translation>Wer die Images signiert, in der -subj-Schreibweise von OpenSSL: /CN=Name/O=Organisation/C=Land</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="34"/>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="39"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="40"/>
        <source>Valid for:</source>
        <translation>Gültig für:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="43"/>
        <source>P-384 (secp384r1, ES384)</source>
        <translation>P-384 (secp384r1, ES384)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="44"/>
        <source>P-256 (prime256v1, ES256)</source>
        <translation>P-256 (prime256v1, ES256)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="45"/>
        <source>P-521 (secp521r1, ES512)</source>
        <translation>P-521 (secp521r1, ES512)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="46"/>
        <source>Curve:</source>
        <translation>Kurve:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="50"/>
        <source>Optional: encrypts the key (PKCS#8, AES-256)</source>
        <translation>Optional: verschlüsselt den Schlüssel (PKCS#8, AES-256)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="51"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="55"/>
        <source>Confirm passphrase:</source>
        <translation>Passphrase bestätigen:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="59"/>
        <source>PEM files (*.pem)</source>
        <translation>PEM-Dateien (*.pem)</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="63"/>
        <source>Private key file:</source>
        <translation>Datei für privaten Schlüssel:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="64"/>
        <source>Certificate file:</source>
        <translation>Zertifikatsdatei:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="65"/>
        <source>Overwrite existing files</source>
        <translation>Vorhandene Dateien überschreiben</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="68"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="78"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="79"/>
        <source>PCR8 of images signed with it:</source>
        <translation>PCR8 damit signierter Images:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="80"/>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="81"/>
        <source>Sign an Image with This...</source>
        <translation>Ein Image damit signieren …</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="83"/>
        <source>Open Sign EIF with this key and certificate filled in</source>
        <translation>„EIF signieren“ mit diesem Schlüssel und Zertifikat ausgefüllt öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="120"/>
        <source>Choose where to write the private key and the certificate.</source>
        <translation>Wählen Sie, wohin der private Schlüssel und das Zertifikat geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="122"/>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="132"/>
        <source>Not generated: %1</source>
        <translation>Nicht erzeugt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="136"/>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="142"/>
        <source>%1, valid from %2 to %3; key written with mode 0600%4</source>
        <translation>%1, gültig vom %2 bis %3; Schlüssel mit Modus 0600 geschrieben%4</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="145"/>
        <source>, encrypted</source>
        <translation>, verschlüsselt</translation>
    </message>
    <message>
        <location filename="../widgets/tools/signingcertificatepage.cpp" line="184"/>
        <source>the certificate details typed into the form</source>
        <translation>die ins Formular eingegebenen Zertifikatsangaben</translation>
    </message>
</context>
<context>
    <name>enclave::ui::SigningCertificatePanel</name>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="37"/>
        <source>Copy Certificate</source>
        <translation>Zertifikat kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="39"/>
        <source>Copy the signing certificate as PEM</source>
        <translation>Das Signaturzertifikat als PEM kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="41"/>
        <source>Save Certificate As…</source>
        <translation>Zertifikat speichern unter …</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="66"/>
        <source>valid now</source>
        <translation>jetzt gültig</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="67"/>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="68"/>
        <source>EXPIRED (nitro-cli fails to run it: E36/E39)</source>
        <translation>ABGELAUFEN (nitro-cli startet es nicht: E36/E39)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="72"/>
        <source>This certificate is self-signed: no certificate authority vouches for it, and the signature only shows that whoever holds its private key signed this image.</source>
        <translation>Dieses Zertifikat ist selbst signiert: keine Zertifizierungsstelle bürgt dafür, und die Signatur zeigt nur, dass der Inhaber seines privaten Schlüssels dieses Image signiert hat.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="75"/>
        <source>This certificate was issued by %1; Nitro Enclaves do not check that issuer.</source>
        <translation>Dieses Zertifikat wurde von %1 ausgestellt; Nitro Enclaves prüfen diesen Aussteller nicht.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="78"/>
        <source>What binds it to the enclave is PCR8 (the SHA-384 of this certificate), which every attestation document of the enclave carries: a KMS key policy or a verifier that pins PCR8 accepts only images signed with this certificate.</source>
        <translation>An die Enclave bindet es PCR8 (der SHA-384 dieses Zertifikats), das jedes Attestierungsdokument der Enclave enthält: eine KMS-Schlüsselrichtlinie oder ein Prüfer, der PCR8 festlegt, akzeptiert nur Images, die mit diesem Zertifikat signiert sind.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="90"/>
        <source>PCR8</source>
        <translation>PCR8</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="91"/>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="92"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="93"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="93"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbst signiert)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="94"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="95"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="96"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="98"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="99"/>
        <source>Certificate signature</source>
        <translation>Zertifikatssignatur</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="101"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="126"/>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="148"/>
        <source>Save Signing Certificate</source>
        <translation>Signaturzertifikat speichern</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="128"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="139"/>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="140"/>
        <source>%1 already exists. Replace it with the signing certificate?</source>
        <translation>%1 existiert bereits. Durch das Signaturzertifikat ersetzen?</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/signingcertificatepanel.cpp" line="149"/>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>enclave::ui::SizeFormat</name>
    <message>
        <location filename="../widgets/common/sizeformat.cpp" line="17"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
</context>
<context>
    <name>enclave::ui::StartPage</name>
    <message>
        <location filename="../widgets/shell/startpage.cpp" line="68"/>
        <source>&lt;h1&gt;Enclave Studio&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Enclave Studio&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/shell/startpage.cpp" line="74"/>
        <source>Inspect AWS Nitro Enclave images: header, sections, files, and the PCRs recomputed.&lt;br&gt;Verify attestation documents against the AWS root, check by check.&lt;br&gt;Launch and watch enclaves on a parent instance, or in the built-in simulator.</source>
        <translation>Images von AWS Nitro Enclaves untersuchen: Header, Abschnitte, Dateien und die nachgerechneten PCRs.&lt;br&gt;Attestierungsdokumente gegen die AWS-Wurzel prüfen, Schritt für Schritt.&lt;br&gt;Enclaves auf einer Parent-Instanz oder im eingebauten Simulator starten und beobachten.</translation>
    </message>
    <message>
        <location filename="../widgets/shell/startpage.cpp" line="84"/>
        <source>Open a File…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <location filename="../widgets/shell/startpage.cpp" line="87"/>
        <source>Open the Sample Image</source>
        <translation>Beispiel-Image öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/shell/startpage.cpp" line="89"/>
        <source>A small signed EIF made by this build, to explore every view</source>
        <translation>Ein kleines signiertes EIF aus diesem Build, um jede Ansicht zu erkunden</translation>
    </message>
    <message>
        <location filename="../widgets/shell/startpage.cpp" line="96"/>
        <source>Or drop an .eif image or an attestation document anywhere in this window.</source>
        <translation>Oder ein .eif-Image oder Attestierungsdokument irgendwo in dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../widgets/shell/startpage.cpp" line="103"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/shell/startpage.cpp" line="107"/>
        <source>Files you open appear here.</source>
        <translation>Geöffnete Dateien erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../widgets/shell/startpage.cpp" line="112"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>enclave::ui::ToolFileSaver</name>
    <message>
        <location filename="../widgets/tools/toolfilesaver.cpp" line="33"/>
        <source>Saved to %1 in %2</source>
        <translation>Gespeichert als %1 in %2</translation>
    </message>
</context>
<context>
    <name>enclave::ui::VerificationChecksModel</name>
    <message>
        <location filename="../widgets/inspector/verificationchecksmodel.cpp" line="31"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/verificationchecksmodel.cpp" line="33"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/verificationchecksmodel.cpp" line="35"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/verificationchecksmodel.cpp" line="37"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/verificationchecksmodel.cpp" line="114"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/verificationchecksmodel.cpp" line="116"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/verificationchecksmodel.cpp" line="118"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/enclave-studio/main.cpp" line="30"/>
        <source>Inspect AWS Nitro Enclave images and attestation documents.</source>
        <translation>AWS-Nitro-Enclave-Images und Attestierungsdokumente untersuchen.</translation>
    </message>
    <message>
        <location filename="../app/enclave-studio/main.cpp" line="35"/>
        <source>EIF images or attestation documents to open.</source>
        <translation>Zu öffnende EIF-Images oder Attestierungsdokumente.</translation>
    </message>
    <message>
        <location filename="../app/enclave-studio/main.cpp" line="23"/>
        <source>Open the files, wait for their PCRs, print the longest event-loop stall and exit (non-zero above MS milliseconds).</source>
        <translation>Dateien öffnen, auf ihre PCRs warten, die längste Blockade der Ereignisschleife ausgeben und beenden (Fehlercode über MS Millisekunden).</translation>
    </message>
</context>
</TS>
