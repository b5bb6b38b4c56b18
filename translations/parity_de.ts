<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>main</name>
        <message>
            <source>Parity: compare database schemas and plan, apply and roll back the changes.</source>
            <translation>Parity: Datenbankschemas vergleichen und Änderungen planen, anwenden und zurücknehmen.</translation>
        </message>
        <message>
            <source>A database or snapshot to open at start.</source>
            <translation>Eine Datenbank oder ein Snapshot, der beim Start geöffnet wird.</translation>
        </message>
    </context>
    <context>
        <name>parity::MainWindow</name>
        <message>
            <source>Parity</source>
            <translation>Parity</translation>
        </message>
        <message>
            <source>Schema tree</source>
            <translation>Schemabaum</translation>
        </message>
        <message>
            <source>Open a database or a snapshot (Ctrl+O) to see its structure.</source>
            <translation>Öffnen Sie eine Datenbank oder einen Snapshot (Strg+O), um die Struktur zu sehen.</translation>
        </message>
        <message>
            <source>Catalog summary</source>
            <translation>Katalogübersicht</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>Datenbank ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>Open a database, a SQLite file or a snapshot and show its structure</source>
            <translation>Eine Datenbank, eine SQLite-Datei oder einen Snapshot öffnen und die Struktur anzeigen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Expand All</source>
            <translation>Alle &amp;aufklappen</translation>
        </message>
        <message>
            <source>&amp;Collapse All</source>
            <translation>Alle &amp;zuklappen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Parity</source>
            <translation>&amp;Über Parity</translation>
        </message>
        <message>
            <source>About Parity</source>
            <translation>Über Parity</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Parity %1&lt;/h3&gt;&lt;p&gt;Compare database schemas, preview the SQL that turns one into the other, and apply it with a backup and a way back.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Parity %1&lt;/h3&gt;&lt;p&gt;Datenbankschemas vergleichen, das SQL prüfen, das eines in das andere überführt, und es mit Sicherung und Rückweg anwenden.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <source>Busy</source>
            <translation>Beschäftigt</translation>
        </message>
        <message>
            <source>Wait for the current inspection to finish, or cancel it.</source>
            <translation>Warten Sie, bis die laufende Analyse fertig ist, oder brechen Sie sie ab.</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Öffnen nicht möglich</translation>
        </message>
        <message>
            <source>Inspecting %1…</source>
            <translation>Analysiere %1 …</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen …</translation>
        </message>
        <message>
            <source>Inspection of %1 cancelled</source>
            <translation>Analyse von %1 abgebrochen</translation>
        </message>
        <message>
            <source>Could not inspect %1</source>
            <translation>%1 konnte nicht analysiert werden</translation>
        </message>
        <message>
            <source>Inspection failed</source>
            <translation>Analyse fehlgeschlagen</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n table(s)</source>
            <translation>
                <numerusform>%1: %n Tabelle</numerusform>
                <numerusform>%1: %n Tabellen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — Parity</source>
            <translation>%1 — Parity</translation>
        </message>
        <message>
            <source>Count Rows &amp;Exactly</source>
            <translation>Zeilen &amp;exakt zählen</translation>
        </message>
        <message>
            <source>Count every table's rows when opening a database instead of using statistics (slower on big databases)</source>
            <translation>Beim Öffnen die Zeilen jeder Tabelle zählen statt Statistiken zu verwenden (langsamer bei großen Datenbanken)</translation>
        </message>
    </context>
    <context>
        <name>parity::OpenDatabaseDialog</name>
        <message>
            <source>Open Database</source>
            <translation>Datenbank öffnen</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen …</translation>
        </message>
        <message>
            <source>A connection URL (postgresql://, mysql://, mariadb://), a SQLite file, a .parity.json snapshot, or @profile. Passwords in a URL are used for this connection only.</source>
            <translation>Eine Verbindungs-URL (postgresql://, mysql://, mariadb://), eine SQLite-Datei, ein .parity.json-Snapshot oder @Profil. Passwörter in einer URL gelten nur für diese Verbindung.</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>Open SQLite Database or Snapshot</source>
            <translation>SQLite-Datenbank oder Snapshot öffnen</translation>
        </message>
        <message>
            <source>Databases and snapshots (*.db *.sqlite *.sqlite3 *.json);;All files (*)</source>
            <translation>Datenbanken und Snapshots (*.db *.sqlite *.sqlite3 *.json);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>parity::SchemaTreeModel</name>
        <message>
            <source>Tables</source>
            <translation>Tabellen</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Sichten</translation>
        </message>
        <message>
            <source>materialized</source>
            <translation>materialisiert</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Routinen</translation>
        </message>
        <message>
            <source>Triggers</source>
            <translation>Trigger</translation>
        </message>
        <message>
            <source>Sequences</source>
            <translation>Sequenzen</translation>
        </message>
        <message>
            <source>Enum types</source>
            <translation>Aufzählungstypen</translation>
        </message>
        <message>
            <source>Extensions</source>
            <translation>Erweiterungen</translation>
        </message>
        <message>
            <source>primary key</source>
            <translation>Primärschlüssel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
</TS>