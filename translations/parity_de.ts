<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>postgresql://user@host/db, mysql://user@host/db, a .db/.sqlite file, a .parity.json snapshot, or @profile</source>
        <translation>postgresql://benutzer@host/db, mysql://benutzer@host/db, eine .db- oder .sqlite-Datei, ein .parity.json-Snapshot oder @Profil</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n rows</source>
        <translation>
            <numerusform>~%n Zeile</numerusform>
            <numerusform>~%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPresentation</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Überprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Parity: compare database schemas and plan, apply and roll back the changes.</source>
        <translation>Parity: Datenbankschemas vergleichen und Änderungen planen, anwenden und zurücknehmen.</translation>
    </message>
    <message>
        <source>The desired state: a database, SQLite file, snapshot or @profile.</source>
        <translation>Der Sollzustand: eine Datenbank, eine SQLite-Datei, ein Snapshot oder @Profil.</translation>
    </message>
    <message>
        <source>The database that will change; with REFERENCE, compared at start.</source>
        <translation>Die Datenbank, die geändert wird; zusammen mit REFERENCE wird sie beim Start verglichen.</translation>
    </message>
    <message>
        <source>Open the demo: the bundled staging and uat SQLite databases, already compared.</source>
        <translation>Die Demo öffnen: die mitgelieferten SQLite-Datenbanken staging und uat, bereits verglichen.</translation>
    </message>
</context>
<context>
    <name>parity::ApplyBackupPage</name>
    <message>
        <source>Back up the target</source>
        <translation>Ziel sichern</translation>
    </message>
    <message>
        <source>The backup is taken and read back before anything changes.</source>
        <translation>Die Sicherung wird erstellt und zur Kontrolle zurückgelesen, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Taken with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>No backup is taken: you chose to apply without one.</source>
        <translation>Es wird keine Sicherung erstellt: Sie haben das Anwenden ohne Sicherung gewählt.</translation>
    </message>
    <message>
        <source>Backing up %1 into %2 …</source>
        <translation>%1 wird in %2 gesichert …</translation>
    </message>
    <message>
        <source>The backup was stopped.</source>
        <translation>Die Sicherung wurde angehalten.</translation>
    </message>
    <message>
        <source>The backup could not be taken.</source>
        <translation>Die Sicherung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Close the wizard and apply again (another backup folder may help).</source>
        <translation>%1

Es wurde nichts geändert. Schließen Sie den Assistenten und wenden Sie das Skript erneut an (ein anderer Sicherungsordner kann helfen).</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation>Es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>%1 is backed up.</source>
        <translation>%1 ist gesichert.</translation>
    </message>
    <message numerus="yes">
        <source>verified: read back, %n table(s) found</source>
        <translation>
            <numerusform>überprüft: zurückgelesen, %n Tabelle gefunden</numerusform>
            <numerusform>überprüft: zurückgelesen, %n Tabellen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht überprüft</translation>
    </message>
</context>
<context>
    <name>parity::ApplyPreflightPage</name>
    <message>
        <source>Check the target</source>
        <translation>Ziel prüfen</translation>
    </message>
    <message>
        <source>Parity reads %1 again, makes sure it has not changed since the comparison, measures the hazards on its data and checks the backup folder. Nothing changes yet.</source>
        <translation>Parity liest %1 erneut ein, stellt sicher, dass sich seit dem Vergleich nichts geändert hat, misst die Risiken an den Daten und prüft den Sicherungsordner. Noch wird nichts geändert.</translation>
    </message>
    <message>
        <source>Backup before the apply</source>
        <translation>Sicherung vor dem Anwenden</translation>
    </message>
    <message>
        <source>The backup goes into a folder named after the run, inside this one</source>
        <translation>Die Sicherung landet in einem nach dem Lauf benannten Unterordner dieses Ordners</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>Apply &amp;without a backup</source>
        <translation>Ohne Sicherung an&amp;wenden</translation>
    </message>
    <message>
        <source>High hazard: without a backup, only the rollback script can go back, and it does not bring back dropped data.</source>
        <translation>Hohes Risiko: Ohne Sicherung bleibt nur das Rollback-Skript als Rückweg, und es bringt gelöschte Daten nicht zurück.</translation>
    </message>
    <message>
        <source>&amp;Check the Target</source>
        <translation>Ziel &amp;prüfen</translation>
    </message>
    <message>
        <source>Run the preflight: read the target, measure the hazards, check the backup folder</source>
        <translation>Vorabprüfung ausführen: Ziel einlesen, Risiken messen, Sicherungsordner prüfen</translation>
    </message>
    <message>
        <source>The choices changed since the last check: check again.</source>
        <translation>Die Auswahl hat sich seit der letzten Prüfung geändert: Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Statements:</source>
        <translation>Anweisungen:</translation>
    </message>
    <message>
        <source>I have read the hazards: &amp;allow data loss</source>
        <translation>Ich habe die Risiken gelesen: &amp;Datenverlust zulassen</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>C&amp;ontinue without a Backup</source>
        <translation>Ohne Sicherung &amp;fortfahren</translation>
    </message>
    <message>
        <source>&amp;Take the Backup</source>
        <translation>Sicherung &amp;erstellen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) to run</source>
        <translation>
            <numerusform>%n auszuführende Anweisung</numerusform>
            <numerusform>%n auszuführende Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Figures measured on %1.</source>
        <translation>Zahlen auf %1 gemessen.</translation>
    </message>
    <message>
        <source>The check was stopped: nothing was changed.</source>
        <translation>Die Prüfung wurde angehalten: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abgelehnt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The check failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Prüfung ist fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parity::ApplyWizard</name>
    <message>
        <source>Apply to %1</source>
        <translation>Auf %1 anwenden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Confirm the apply</source>
        <translation>Anwenden bestätigen</translation>
    </message>
    <message>
        <source>Read what will run. Nothing has changed yet.</source>
        <translation>Lesen Sie, was ausgeführt wird. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <source>Each statement is recorded in the audit log as it runs.</source>
        <translation>Jede Anweisung wird bei ihrer Ausführung im Audit-Log festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Result of the apply</source>
        <translation>Ergebnis des Anwendens</translation>
    </message>
    <message>
        <source>the wizard closed before the apply: nothing was changed</source>
        <translation>Assistent vor dem Anwenden geschlossen: Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>checked again with other choices: nothing was changed</source>
        <translation>mit anderer Auswahl erneut geprüft: Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Stop and Close?</source>
        <translation>Anhalten und schließen?</translation>
    </message>
    <message>
        <source>The apply is running. Stop it and close? Statements not yet committed are rolled back; the result is in the run history.</source>
        <translation>Das Anwenden läuft. Anhalten und schließen? Noch nicht festgeschriebene Anweisungen werden zurückgerollt; das Ergebnis steht in der Laufhistorie.</translation>
    </message>
    <message>
        <source>A step is running. Stop it and close? Nothing has changed yet.</source>
        <translation>Ein Schritt läuft. Anhalten und schließen? Noch wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forward script (%n statement(s)):</source>
        <translation>
            <numerusform>&amp;Vorwärtsskript (%n Anweisung):</numerusform>
            <numerusform>&amp;Vorwärtsskript (%n Anweisungen):</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply &amp;to %1</source>
        <translation>Auf %1 an&amp;wenden</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Wird auf %1 angewendet …</translation>
    </message>
    <message>
        <source>Reading %1 again to verify it…</source>
        <translation>%1 wird zur Überprüfung erneut eingelesen …</translation>
    </message>
    <message>
        <source>Writing the record…</source>
        <translation>Protokoll wird geschrieben …</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n hohes</numerusform>
            <numerusform>%n hohe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n mittleres</numerusform>
            <numerusform>%n mittlere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n niedriges</numerusform>
            <numerusform>%n niedrige</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, verified)</source>
        <translation>%1 (%2, überprüft)</translation>
    </message>
    <message>
        <source>none: applying without a backup</source>
        <translation>keine: Anwenden ohne Sicherung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
</context>
<context>
    <name>parity::CompareBar</name>
    <message>
        <source>Reference: the desired state</source>
        <translation>Referenz: der Sollzustand</translation>
    </message>
    <message>
        <source>Reference database</source>
        <translation>Referenzdatenbank</translation>
    </message>
    <message>
        <source>Target: the database that will change</source>
        <translation>Ziel: die Datenbank, die geändert wird</translation>
    </message>
    <message>
        <source>Target database</source>
        <translation>Zieldatenbank</translation>
    </message>
    <message>
        <source>Choose a SQLite or snapshot file as the %1</source>
        <translation>Eine SQLite- oder Snapshot-Datei als %1 wählen</translation>
    </message>
    <message>
        <source>Browse for the %1</source>
        <translation>%1: Datei suchen</translation>
    </message>
    <message>
        <source>Swap reference and target</source>
        <translation>Referenz und Ziel tauschen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Read both databases and compare them (F5)</source>
        <translation>Beide Datenbanken einlesen und vergleichen (F5)</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Choose a database file or snapshot</source>
        <translation>Datenbankdatei oder Snapshot wählen</translation>
    </message>
    <message>
        <source>Databases and snapshots (*.db *.sqlite *.sqlite3 *.parity.json);;All files (*)</source>
        <translation>Datenbanken und Snapshots (*.db *.sqlite *.sqlite3 *.parity.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>parity::ComparisonController</name>
    <message>
        <source>Choose both a reference (the desired state) and a target (the database that will change).</source>
        <translation>Wählen Sie eine Referenz (den Sollzustand) und ein Ziel (die Datenbank, die geändert wird).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <source>The %1 cannot be opened: %2</source>
        <translation>Öffnen nicht möglich (%1): %2</translation>
    </message>
    <message>
        <source>Reading both databases…</source>
        <translation>Beide Datenbanken werden eingelesen …</translation>
    </message>
    <message>
        <source>Could not read the reference %1: %2</source>
        <translation>Die Referenz %1 konnte nicht eingelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the target %1: %2</source>
        <translation>Das Ziel %1 konnte nicht eingelesen werden: %2</translation>
    </message>
    <message>
        <source>The reference is %1 and the target is %2: Parity compares databases of one kind.</source>
        <translation>Die Referenz ist %1, das Ziel %2: Parity vergleicht nur Datenbanken derselben Art.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>Planning the scripts…</source>
        <translation>Skripte werden erstellt …</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Measuring hazards on %1…</source>
        <translation>Risiken werden auf %1 gemessen …</translation>
    </message>
    <message>
        <source>The hazards could not be measured: %1</source>
        <translation>Die Risiken konnten nicht gemessen werden: %1</translation>
    </message>
</context>
<context>
    <name>parity::DdlDiffView</name>
    <message>
        <source>Select an object to see its DDL</source>
        <translation>Wählen Sie ein Objekt, um seine DDL zu sehen</translation>
    </message>
</context>
<context>
    <name>parity::DiffDecorationProxyModel</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1, only in reference</source>
        <translation>%1, nur in der Referenz</translation>
    </message>
    <message>
        <source>%1, only in target</source>
        <translation>%1, nur im Ziel</translation>
    </message>
    <message>
        <source>%1, differs</source>
        <translation>%1, unterschiedlich</translation>
    </message>
    <message>
        <source>%1, contains differences</source>
        <translation>%1, enthält Unterschiede</translation>
    </message>
</context>
<context>
    <name>parity::DiffTreeModel</name>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n rows</source>
        <translation>
            <numerusform>~%n Zeile</numerusform>
            <numerusform>~%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
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
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Only in %1: the script creates it in %2.</source>
        <translation>Nur in %1: Das Skript legt es in %2 an.</translation>
    </message>
    <message>
        <source>Only in %1: the script drops it.</source>
        <translation>Nur in %1: Das Skript löscht es.</translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4 in %5</source>
        <translation>%1: %2 in %3, %4 in %5</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Unexplained drift: no migration that one side ran and the other did not accounts for this difference (a change made by hand?).</source>
        <translation>Unerklärte Abweichung: Keine Migration, die nur eine Seite ausgeführt hat, erklärt diesen Unterschied (eine Änderung von Hand?).</translation>
    </message>
    <message>
        <source>Explained by:</source>
        <translation>Erklärt durch:</translation>
    </message>
    <message>
        <source>unexplained drift</source>
        <translation>unerklärte Abweichung</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weitere)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
</context>
<context>
    <name>parity::DiffTreePane</name>
    <message>
        <source>Choose a reference and a target, then Compare (F5).</source>
        <translation>Wählen Sie eine Referenz und ein Ziel, dann „Vergleichen“ (F5).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Only in reference</source>
        <translation>Nur in der Referenz</translation>
    </message>
    <message>
        <source>Only in target</source>
        <translation>Nur im Ziel</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Objektarten</translation>
    </message>
    <message>
        <source>Which kinds of object the trees show</source>
        <translation>Welche Objektarten die Bäume zeigen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
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
        <source>Search names (Ctrl+Shift+F)</source>
        <translation>Suchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Search the trees</source>
        <translation>In den Bäumen suchen</translation>
    </message>
    <message>
        <source>Reference schema tree</source>
        <translation>Schemabaum der Referenz</translation>
    </message>
    <message>
        <source>Target schema tree</source>
        <translation>Schemabaum des Ziels</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
</context>
<context>
    <name>parity::FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3, Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+F3, Umschalt+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Find the next match (F3, Enter)</source>
        <translation>Nächsten Treffer suchen (F3, Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Ganzes Wort</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Invalid regular expression</source>
        <translation>Ungültiger regulärer Ausdruck</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parity::HazardListModel</name>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source> (e.g. %1)</source>
        <translation> (z. B. %1)</translation>
    </message>
    <message>
        <source>Samples: %1</source>
        <translation>Beispiele: %1</translation>
    </message>
    <message>
        <source>Loses data: the rows do not come back with the rollback script.</source>
        <translation>Datenverlust: Das Rollback-Skript bringt die Zeilen nicht zurück.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
</context>
<context>
    <name>parity::HazardPanel</name>
    <message>
        <source>No comparison yet.</source>
        <translation>Noch kein Vergleich.</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>No hazards: the script loses no data and rewrites no table.</source>
        <translation>Keine Risiken: Das Skript verliert keine Daten und schreibt keine Tabelle neu.</translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n hohes</numerusform>
            <numerusform>%n hohe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n mittleres</numerusform>
            <numerusform>%n mittlere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n niedriges</numerusform>
            <numerusform>%n niedrige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s): %1. %2</source>
        <translation>
            <numerusform>%n Risiko: %1. %2</numerusform>
            <numerusform>%n Risiken: %1. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parity::HistoryController</name>
    <message>
        <source>%1 is a snapshot file: it keeps no migration table, so its history is not shown. Compare with the live database to see it.</source>
        <translation>%1 ist eine Snapshot-Datei: Sie enthält keine Migrationstabelle, daher wird ihre Historie nicht angezeigt. Vergleichen Sie mit der laufenden Datenbank, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Could not read the migration history of %1: %2</source>
        <translation>Die Migrationshistorie von %1 konnte nicht eingelesen werden: %2</translation>
    </message>
    <message>
        <source>The migrations folder could not be read: %1</source>
        <translation>Der Migrationsordner konnte nicht eingelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s) that could not be read.</source>
        <translation>
            <numerusform>… und %n weitere Datei, die nicht gelesen werden konnte.</numerusform>
            <numerusform>… und %n weitere Dateien, die nicht gelesen werden konnten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The differences are not linked to migrations: that needs the history of both sides.</source>
        <translation>Die Unterschiede werden nicht mit Migrationen verknüpft: Dazu braucht es die Historie beider Seiten.</translation>
    </message>
    <message>
        <source>chosen in the Migration History</source>
        <translation>in der Migrationshistorie gewählt</translation>
    </message>
    <message>
        <source>Compare two databases first: the history is read from both sides of a comparison.</source>
        <translation>Vergleichen Sie zuerst zwei Datenbanken: Die Historie wird von beiden Seiten eines Vergleichs gelesen.</translation>
    </message>
    <message>
        <source>Every difference is explained by a migration one side ran and the other did not.</source>
        <translation>Jeder Unterschied wird durch eine Migration erklärt, die nur eine Seite ausgeführt hat.</translation>
    </message>
    <message numerus="yes">
        <source>Migrations explain %1 of %2 differences; %n are unexplained drift (changed by hand?).</source>
        <translation>
            <numerusform>Migrationen erklären %1 von %2 Unterschieden; %n ist eine unerklärte Abweichung (von Hand geändert?).</numerusform>
            <numerusform>Migrationen erklären %1 von %2 Unterschieden; %n sind unerklärte Abweichungen (von Hand geändert?).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parity::HistoryMatrixModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Framework: %1</source>
        <translation>Framework: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Not in the migrations folder</source>
        <translation>Nicht im Migrationsordner</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>angewendet %1</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>dirty</source>
        <translation>unsauber</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>changed on disk</source>
        <translation>Datei geändert</translation>
    </message>
    <message>
        <source>%1 keeps no %2 migration table.</source>
        <translation>%1 hat keine Migrationstabelle von %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applied at %1 (local time)</source>
        <translation>Angewendet am %1 (Ortszeit)</translation>
    </message>
    <message>
        <source>Inferred from the migrations folder: %1 records only the current version.</source>
        <translation>Aus dem Migrationsordner erschlossen: %1 speichert nur die aktuelle Version.</translation>
    </message>
    <message>
        <source>The file changed after it ran here: its checksum differs from the one recorded.</source>
        <translation>Die Datei wurde geändert, nachdem sie hier lief: Ihre Prüfsumme weicht von der gespeicherten ab.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Nicht in %1</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>The migration, as its framework records it</source>
        <translation>Die Migration, wie ihr Framework sie speichert</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Als Datei</translation>
    </message>
    <message>
        <source>Whether %1 holds it</source>
        <translation>Ob %1 sie enthält</translation>
    </message>
    <message>
        <source>No migration history was read.</source>
        <translation>Es wurde keine Migrationshistorie eingelesen.</translation>
    </message>
    <message>
        <source>No environment keeps a migration table of a framework Parity knows.</source>
        <translation>Keine Umgebung hat eine Migrationstabelle eines Frameworks, das Parity kennt.</translation>
    </message>
    <message numerus="yes">
        <source>All environments agree: %n migration(s) applied everywhere.</source>
        <translation>
            <numerusform>Alle Umgebungen stimmen überein: %n Migration überall angewendet.</numerusform>
            <numerusform>Alle Umgebungen stimmen überein: %n Migrationen überall angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) applied, none pending.</source>
        <translation>
            <numerusform>%n Migration angewendet, keine ausstehend.</numerusform>
            <numerusform>%n Migrationen angewendet, keine ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no migration table</source>
        <translation>%1: keine Migrationstabelle</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied but not on disk</source>
        <translation>
            <numerusform>%n angewendet, aber nicht als Datei vorhanden</numerusform>
            <numerusform>%n angewendet, aber nicht als Datei vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied that another environment ran</source>
        <translation>
            <numerusform>%n nicht angewendet, die eine andere Umgebung ausgeführt hat</numerusform>
            <numerusform>%n nicht angewendet, die eine andere Umgebung ausgeführt hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dirty</source>
        <translation>
            <numerusform>%n unsauber</numerusform>
            <numerusform>%n unsauber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rolled back</source>
        <translation>
            <numerusform>%n zurückgerollt</numerusform>
            <numerusform>%n zurückgerollt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed after they ran</source>
        <translation>
            <numerusform>%n Datei nach der Ausführung geändert</numerusform>
            <numerusform>%n Dateien nach der Ausführung geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied, up to date</source>
        <translation>
            <numerusform>%n angewendet, auf dem neuesten Stand</numerusform>
            <numerusform>%n angewendet, auf dem neuesten Stand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parity::HistoryStateProxyModel</name>
    <message>
        <source>%1, differs between environments</source>
        <translation>%1, unterscheidet sich zwischen den Umgebungen</translation>
    </message>
</context>
<context>
    <name>parity::MainWindow</name>
    <message>
        <source>Parity</source>
        <translation>Parity</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <source>Count Rows &amp;Exactly</source>
        <translation>Zeilen &amp;exakt zählen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Stop reading the databases (Esc)</source>
        <translation>Einlesen der Datenbanken abbrechen (Esc)</translation>
    </message>
    <message>
        <source>No script: %1</source>
        <translation>Kein Skript: %1</translation>
    </message>
    <message>
        <source>Planning failed: %1</source>
        <translation>Skripterstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The script parses: no syntax errors.</source>
        <translation>Das Skript lässt sich parsen: keine Syntaxfehler.</translation>
    </message>
    <message numerus="yes">
        <source>%n syntax error(s) marked in the script.</source>
        <translation>
            <numerusform>%n Syntaxfehler im Skript markiert.</numerusform>
            <numerusform>%n Syntaxfehler im Skript markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo databases could not be prepared: %1</source>
        <translation>Die Demo-Datenbanken konnten nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Read both databases and compare them (F5)</source>
        <translation>Beide Datenbanken einlesen und vergleichen (F5)</translation>
    </message>
    <message>
        <source>S&amp;wap Reference and Target</source>
        <translation>Referenz und Ziel &amp;tauschen</translation>
    </message>
    <message>
        <source>Exchange the two sides, then compare again</source>
        <translation>Beide Seiten vertauschen und erneut vergleichen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop the comparison under way</source>
        <translation>Den laufenden Vergleich abbrechen</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Compare the bundled staging and uat SQLite databases</source>
        <translation>Die mitgelieferten SQLite-Datenbanken staging und uat vergleichen</translation>
    </message>
    <message>
        <source>&amp;Recent Comparisons</source>
        <translation>&amp;Letzte Vergleiche</translation>
    </message>
    <message>
        <source>&amp;Export HTML Report…</source>
        <translation>HTML-Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the comparison as a self-contained HTML page for sign-off</source>
        <translation>Den Vergleich als eigenständige HTML-Seite zur Freigabe speichern</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <source>Select the next object that differs (F8)</source>
        <translation>Das nächste abweichende Objekt auswählen (F8)</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>Select the previous object that differs (Shift+F8)</source>
        <translation>Das vorherige abweichende Objekt auswählen (Umschalt+F8)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Object &amp;Kinds</source>
        <translation>&amp;Objektarten</translation>
    </message>
    <message>
        <source>Count every table&apos;s rows when reading a database instead of using statistics (slower on big databases)</source>
        <translation>Beim Einlesen einer Datenbank die Zeilen jeder Tabelle zählen statt Statistiken zu verwenden (langsamer bei großen Datenbanken)</translation>
    </message>
    <message>
        <source>Ignore Column &amp;Order</source>
        <translation>&amp;Spaltenreihenfolge ignorieren</translation>
    </message>
    <message>
        <source>Ignore &amp;Whitespace in Definitions</source>
        <translation>&amp;Leerraum in Definitionen ignorieren</translation>
    </message>
    <message>
        <source>Ignore O&amp;wners</source>
        <translation>&amp;Eigentümer ignorieren</translation>
    </message>
    <message>
        <source>Ignore Co&amp;mments</source>
        <translation>&amp;Kommentare ignorieren</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <source>Leave this out of the comparison (applies at the next Compare)</source>
        <translation>Beim Vergleich nicht berücksichtigen (gilt ab dem nächsten Vergleich)</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Skript</translation>
    </message>
    <message>
        <source>&amp;Generate Script</source>
        <translation>Skript &amp;erzeugen</translation>
    </message>
    <message>
        <source>Show the forward script for the ticked differences (F9)</source>
        <translation>Das Vorwärtsskript für die angehakten Unterschiede anzeigen (F9)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>Reading %1 and %2…</source>
        <translation>%1 und %2 werden eingelesen …</translation>
    </message>
    <message>
        <source>Preparing the demo databases…</source>
        <translation>Demo-Datenbanken werden vorbereitet …</translation>
    </message>
    <message>
        <source>%1 → %2 — Parity</source>
        <translation>%1 → %2 — Parity</translation>
    </message>
    <message>
        <source>No differences: both have the same structure.</source>
        <translation>Keine Unterschiede: Beide haben dieselbe Struktur.</translation>
    </message>
    <message>
        <source>Select an object to see its DDL on both sides (F8: next difference).</source>
        <translation>Wählen Sie ein Objekt, um seine DDL auf beiden Seiten zu sehen (F8: nächster Unterschied).</translation>
    </message>
    <message>
        <source>Figures measured on %1.</source>
        <translation>Zahlen auf %1 gemessen.</translation>
    </message>
    <message>
        <source>Figures from the snapshot&apos;s statistics.</source>
        <translation>Zahlen aus den Statistiken des Snapshots.</translation>
    </message>
    <message>
        <source>Figures from statistics; measuring on the target…</source>
        <translation>Zahlen aus Statistiken; Messung auf dem Ziel läuft …</translation>
    </message>
    <message>
        <source>Nothing to do: the ticked differences need no statement.</source>
        <translation>Nichts zu tun: Die angehakten Unterschiede erfordern keine Anweisung.</translation>
    </message>
    <message numerus="yes">
        <source>Forward script: %n statement(s).</source>
        <translation>
            <numerusform>Vorwärtsskript: %n Anweisung.</numerusform>
            <numerusform>Vorwärtsskript: %n Anweisungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an object to see its DDL on both sides.</source>
        <translation>Wählen Sie ein Objekt, um seine DDL auf beiden Seiten zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 hazard: %2 (%3)</source>
        <translation>Risiko (%1): %2 (%3)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Compare two databases first; the report describes a comparison.</source>
        <translation>Vergleichen Sie zuerst zwei Datenbanken; der Bericht beschreibt einen Vergleich.</translation>
    </message>
    <message>
        <source>Export HTML Report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>A dry run needs a live PostgreSQL target.</source>
        <translation>Ein Probelauf braucht eine laufende PostgreSQL-Datenbank als Ziel.</translation>
    </message>
    <message>
        <source>Dry run on %1: the script runs in a transaction that is rolled back…</source>
        <translation>Probelauf auf %1: Das Skript läuft in einer Transaktion, die zurückgerollt wird …</translation>
    </message>
    <message>
        <source>The dry run could not run: %1</source>
        <translation>Der Probelauf konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run passed: %n statement(s) ran and were rolled back.</source>
        <translation>
            <numerusform>Probelauf erfolgreich: %n Anweisung wurde ausgeführt und zurückgerollt.</numerusform>
            <numerusform>Probelauf erfolgreich: %n Anweisungen wurden ausgeführt und zurückgerollt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run (cannot run in a transaction): %1</source>
        <translation>Nicht ausgeführt (in einer Transaktion nicht möglich): %1</translation>
    </message>
    <message>
        <source>Dry run failed at line %1: %2</source>
        <translation>Probelauf in Zeile %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>&amp;Apply to Target…</source>
        <translation>Auf das Ziel &amp;anwenden …</translation>
    </message>
    <message>
        <source>Apply the forward script to the target: preflight, backup, confirmation, apply, verification (Ctrl+Shift+A)</source>
        <translation>Das Vorwärtsskript auf das Ziel anwenden: Vorabprüfung, Sicherung, Bestätigung, Anwenden, Überprüfung (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>&amp;Roll Back a Run…</source>
        <translation>Lauf &amp;zurücknehmen …</translation>
    </message>
    <message>
        <source>Undo an apply run on the target, with its script or its backup</source>
        <translation>Einen Anwendungslauf auf dem Ziel zurücknehmen, per Skript oder per Sicherung</translation>
    </message>
    <message>
        <source>Choose a run in the run history to roll it back.</source>
        <translation>Wählen Sie in der Laufhistorie den Lauf, den Sie zurücknehmen möchten.</translation>
    </message>
    <message>
        <source>Cannot roll back: %1</source>
        <translation>Zurücknehmen nicht möglich: %1</translation>
    </message>
    <message>
        <source>&amp;Migration History</source>
        <translation>&amp;Migrationshistorie</translation>
    </message>
    <message>
        <source>Show which framework migrations each side ran, and what is pending (Ctrl+Shift+H)</source>
        <translation>Zeigen, welche Framework-Migrationen jede Seite ausgeführt hat und was aussteht (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>The history is read once the comparison is shown.</source>
        <translation>Die Historie wird eingelesen, sobald der Vergleich angezeigt wird.</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>profile @%1</source>
        <translation>Profil @%1</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>der Demo</translation>
    </message>
    <message>
        <source>No comparison: the history is read from both sides of one.</source>
        <translation>Kein Vergleich: Die Historie wird von beiden Seiten eines Vergleichs gelesen.</translation>
    </message>
    <message>
        <source>Ignore &amp;Index and Constraint Names</source>
        <translation>&amp;Index- und Constraint-Namen ignorieren</translation>
    </message>
    <message>
        <source>Ignore &amp;Privileges</source>
        <translation>&amp;Berechtigungen ignorieren</translation>
    </message>
</context>
<context>
    <name>parity::MigrationHistoryDock</name>
    <message>
        <source>Migration History</source>
        <translation>Migrationshistorie</translation>
    </message>
    <message>
        <source>Choose the Migrations Folder</source>
        <translation>Migrationsordner wählen</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>No migrations folder: choose one to see pending migrations</source>
        <translation>Kein Migrationsordner: Wählen Sie einen, um ausstehende Migrationen zu sehen</translation>
    </message>
    <message>
        <source>Migrations folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>Choose the project&apos;s migrations folder (or the project itself): the history is checked against it for pending migrations and files changed after they ran</source>
        <translation>Den Migrationsordner des Projekts (oder das Projekt selbst) wählen: Die Historie wird damit auf ausstehende Migrationen und nachträglich geänderte Dateien geprüft</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read both migration histories and the folder again (Enter in the folder field)</source>
        <translation>Beide Migrationshistorien und den Ordner erneut einlesen (Eingabetaste im Ordnerfeld)</translation>
    </message>
    <message>
        <source>Show only migrations that d&amp;iffer</source>
        <translation>Nur abweichende Mi&amp;grationen zeigen</translation>
    </message>
    <message>
        <source>Hide the migrations every environment ran alike</source>
        <translation>Migrationen ausblenden, die alle Umgebungen gleich ausgeführt haben</translation>
    </message>
    <message>
        <source>Compare two databases to see which framework migrations each one ran.</source>
        <translation>Vergleichen Sie zwei Datenbanken, um zu sehen, welche Framework-Migrationen jede ausgeführt hat.</translation>
    </message>
    <message>
        <source>Migrations by environment</source>
        <translation>Migrationen nach Umgebung</translation>
    </message>
    <message>
        <source>&amp;Copy Rows as Text</source>
        <translation>Zeilen als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the rows shown, tab-separated (pastes into a spreadsheet)</source>
        <translation>Die angezeigten Zeilen tabulatorgetrennt kopieren (für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>Copy the History as &amp;Markdown</source>
        <translation>Historie als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy every migration as Markdown tables, as parity-cli history --format markdown writes them (for a ticket or a pull request)</source>
        <translation>Alle Migrationen als Markdown-Tabellen kopieren, wie parity-cli history --format markdown sie schreibt (für ein Ticket oder einen Pull-Request)</translation>
    </message>
    <message>
        <source>Reading the migration histories…</source>
        <translation>Migrationshistorien werden eingelesen …</translation>
    </message>
    <message>
        <source>From %1; type or browse to choose another</source>
        <translation>Von %1; tippen oder durchsuchen, um einen anderen zu wählen</translation>
    </message>
</context>
<context>
    <name>parity::PasswordProvider</name>
    <message>
        <source>Password for @%1 (%2)</source>
        <translation>Passwort für @%1 (%2)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>parity::PhaseProgress</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop this step; nothing is left half-done</source>
        <translation>Diesen Schritt anhalten; nichts bleibt halb erledigt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
</context>
<context>
    <name>parity::ProfileDialog</name>
    <message>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>staging</translation>
    </message>
    <message>
        <source>Used as @name on the command line and in the window</source>
        <translation>Wird als @Name auf der Kommandozeile und im Fenster verwendet</translation>
    </message>
    <message>
        <source>dev, test, staging, uat, prod, or a tag of your own</source>
        <translation>dev, test, staging, uat, prod oder eine eigene Bezeichnung</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>Snapshot (.parity.json)</source>
        <translation>Snapshot (.parity.json)</translation>
    </message>
    <message>
        <source>A host name or address, or a Unix socket path starting with /</source>
        <translation>Ein Hostname oder eine Adresse oder ein Unix-Socket-Pfad, der mit / beginnt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Protected: changes need a typed confirmation</source>
        <translation>&amp;Geschützt: Änderungen erfordern eine eingetippte Bestätigung</translation>
    </message>
    <message>
        <source>What the profile file keeps. The password is never part of it.</source>
        <translation>Was in der Profildatei steht. Das Passwort gehört nie dazu.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Spec:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the profile file</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in der Profildatei</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>/path/to/catalog.parity.json</source>
        <translation>/pfad/zu/katalog.parity.json</translation>
    </message>
    <message>
        <source>/path/to/database.db</source>
        <translation>/pfad/zu/datenbank.db</translation>
    </message>
    <message>
        <source>Choose Snapshot</source>
        <translation>Snapshot wählen</translation>
    </message>
    <message>
        <source>Choose SQLite Database</source>
        <translation>SQLite-Datenbank wählen</translation>
    </message>
    <message>
        <source>Parity snapshots (*.parity.json *.json);;All files (*)</source>
        <translation>Parity-Snapshots (*.parity.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Write the name without the leading &quot;@&quot;.</source>
        <translation>Schreiben Sie den Namen ohne das führende „@“.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists: choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Choose the SQLite file.</source>
        <translation>Wählen Sie die SQLite-Datei.</translation>
    </message>
    <message>
        <source>Choose the snapshot file.</source>
        <translation>Wählen Sie die Snapshot-Datei.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>A snapshot file name ends in .parity.json.</source>
        <translation>Der Name einer Snapshot-Datei endet auf .parity.json.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (or empty for the default).</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein (oder leer für den Standardport).</translation>
    </message>
    <message>
        <source>Name the database: a MySQL/MariaDB profile needs one.</source>
        <translation>Geben Sie die Datenbank an: Ein MySQL/MariaDB-Profil braucht eine.</translation>
    </message>
    <message>
        <source>This file name would not be read as the chosen kind: use a .db, .sqlite or .sqlite3 file.</source>
        <translation>Dieser Dateiname würde nicht als die gewählte Art gelesen: Verwenden Sie eine .db-, .sqlite- oder .sqlite3-Datei.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Optional: the project&apos;s migrations folder</source>
        <translation>Optional: der Migrationsordner des Projekts</translation>
    </message>
    <message>
        <source>The folder holding the project&apos;s migrations (or the project itself). The migration history compares it with what the database ran: pending migrations, migrations run from another branch, files changed after they ran.</source>
        <translation>Der Ordner mit den Migrationen des Projekts (oder das Projekt selbst). Die Migrationshistorie vergleicht ihn mit dem, was die Datenbank ausgeführt hat: ausstehende Migrationen, Migrationen aus einem anderen Branch, nachträglich geänderte Dateien.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Migrations folder:</source>
        <translation>&amp;Migrationsordner:</translation>
    </message>
    <message>
        <source>Choose the Migrations Folder</source>
        <translation>Migrationsordner wählen</translation>
    </message>
    <message>
        <source>The migrations folder %1 does not exist: choose another or leave it empty.</source>
        <translation>Den Migrationsordner %1 gibt es nicht: Wählen Sie einen anderen oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>parity::ProfileListModel</name>
    <message>
        <source>Invalid spec: %1</source>
        <translation>Ungültige Verbindungsangabe: %1</translation>
    </message>
    <message>
        <source>(no environment)</source>
        <translation>(keine Umgebung)</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n Profil</numerusform>
            <numerusform>%n Profile</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Protected: changes need a typed confirmation</source>
        <translation>%1
Geschützt: Änderungen erfordern eine eingetippte Bestätigung</translation>
    </message>
</context>
<context>
    <name>parity::ProfilesDock</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Use as &amp;Reference</source>
        <translation>Als &amp;Referenz verwenden</translation>
    </message>
    <message>
        <source>Compare against this profile: the desired state, shown on the left</source>
        <translation>Mit diesem Profil vergleichen: der Sollzustand, links angezeigt</translation>
    </message>
    <message>
        <source>Use as Ta&amp;rget</source>
        <translation>Als &amp;Ziel verwenden</translation>
    </message>
    <message>
        <source>Change this profile&apos;s database to match the reference, shown on the right</source>
        <translation>Die Datenbank dieses Profils an die Referenz angleichen, rechts angezeigt</translation>
    </message>
    <message>
        <source>Re&amp;load Profiles</source>
        <translation>Profile &amp;neu laden</translation>
    </message>
    <message>
        <source>Read the profile file again, for example after fixing it</source>
        <translation>Die Profildatei erneut einlesen, etwa nachdem Sie sie korrigiert haben</translation>
    </message>
    <message>
        <source>The system keychain is not available, so passwords are kept for this session only: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher werden Passwörter nur für diese Sitzung behalten: %1</translation>
    </message>
    <message>
        <source>Cannot Change Profiles</source>
        <translation>Profile können nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot Save Profile</source>
        <translation>Profil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot Save Profiles</source>
        <translation>Profile können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved @%1.</source>
        <translation>@%1 gespeichert.</translation>
    </message>
    <message>
        <source>Added @%1.</source>
        <translation>@%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The system keychain is not available: the password of @%1 is kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Das Passwort von @%1 wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its saved password is removed from the system keychain too.</source>
        <translation>Möchten Sie das Profil „%1“ löschen? Sein gespeichertes Passwort wird auch aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Cannot Delete Profile</source>
        <translation>Profil kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted @%1.</source>
        <translation>@%1 gelöscht.</translation>
    </message>
    <message>
        <source>Not tested: no password was given.</source>
        <translation>Nicht getestet: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>@%1: connecting…</source>
        <translation>@%1: Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
</context>
<context>
    <name>parity::RollbackMethodPage</name>
    <message>
        <source>Choose the way back</source>
        <translation>Rückweg wählen</translation>
    </message>
    <message>
        <source>Undo an apply run on %1.</source>
        <translation>Einen Anwendungslauf auf %1 zurücknehmen.</translation>
    </message>
    <message>
        <source>Reading the run history…</source>
        <translation>Laufhistorie wird eingelesen …</translation>
    </message>
    <message>
        <source>Apply runs of the target</source>
        <translation>Anwendungsläufe auf dem Ziel</translation>
    </message>
    <message>
        <source>Way back</source>
        <translation>Rückweg</translation>
    </message>
    <message>
        <source>Undo the &amp;statements (script)</source>
        <translation>&amp;Anweisungen zurücknehmen (Skript)</translation>
    </message>
    <message>
        <source>Plans the way from what the target holds now back to its state before the run. Data that the run dropped does not come back.</source>
        <translation>Plant den Weg vom jetzigen Stand des Ziels zurück zu seinem Zustand vor dem Lauf. Daten, die der Lauf gelöscht hat, kommen nicht zurück.</translation>
    </message>
    <message>
        <source>Restore the &amp;backup</source>
        <translation>&amp;Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;into a new file</source>
        <translation>&amp;in eine neue Datei</translation>
    </message>
    <message>
        <source>&amp;into a new database named</source>
        <translation>&amp;in eine neue Datenbank namens</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <source>New database name</source>
        <translation>Name der neuen Datenbank</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>No apply run of %1 is in the run history.</source>
        <translation>Die Laufhistorie enthält keinen Anwendungslauf auf %1.</translation>
    </message>
    <message>
        <source>Run %1 is not an apply run of this target; choose one of its &amp;runs:</source>
        <translation>Lauf %1 ist kein Anwendungslauf auf diesem Ziel; wählen Sie einen seiner &amp;Läufe:</translation>
    </message>
    <message>
        <source>Apply &amp;run to undo:</source>
        <translation>Zurückzunehmender Anwendungs&amp;lauf:</translation>
    </message>
    <message>
        <source>Replaces the target with the backup taken before the run (%1). Everything written since is lost.</source>
        <translation>Ersetzt das Ziel durch die vor dem Lauf erstellte Sicherung (%1). Alles seitdem Geschriebene geht verloren.</translation>
    </message>
    <message>
        <source>This run has no backup.</source>
        <translation>Zu diesem Lauf gibt es keine Sicherung.</translation>
    </message>
    <message>
        <source>Restore into a New File</source>
        <translation>In eine neue Datei wiederherstellen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3)</translation>
    </message>
</context>
<context>
    <name>parity::RollbackPreflightPage</name>
    <message>
        <source>Check the way back</source>
        <translation>Rückweg prüfen</translation>
    </message>
    <message>
        <source>Parity reads the run and the target and prepares the rollback. Nothing changes yet.</source>
        <translation>Parity liest den Lauf und das Ziel ein und bereitet den Rollback vor. Noch wird nichts geändert.</translation>
    </message>
    <message>
        <source>another way back was chosen: nothing was changed</source>
        <translation>anderer Rückweg gewählt: Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>The check was stopped: nothing was changed.</source>
        <translation>Die Prüfung wurde angehalten: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rollback cannot go ahead:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Rollback kann nicht durchgeführt werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read this first: what this way back cannot give back&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bitte zuerst lesen: Was dieser Rückweg nicht zurückbringen kann&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Run %1 of %2, %3: %4.</source>
        <translation>Lauf %1 vom %2, %3: %4.</translation>
    </message>
    <message>
        <source>Nothing to undo: %1 already matches its state before the run.</source>
        <translation>Nichts zurückzunehmen: %1 entspricht bereits dem Zustand vor dem Lauf.</translation>
    </message>
    <message>
        <source>The script below turns %1 back into its state before the run.</source>
        <translation>Das Skript unten versetzt %1 in den Zustand vor dem Lauf zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Rollback &amp;script (%n statement(s)):</source>
        <translation>
            <numerusform>Rollback-&amp;Skript (%n Anweisung):</numerusform>
            <numerusform>Rollback-&amp;Skript (%n Anweisungen):</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 (%2) was checked: it is there, its checksum matches and it reads.</source>
        <translation>Die Sicherung %1 (%2) wurde geprüft: Sie ist vorhanden, ihre Prüfsumme stimmt und sie ist lesbar.</translation>
    </message>
</context>
<context>
    <name>parity::RollbackWizard</name>
    <message>
        <source>Roll Back a Run on %1</source>
        <translation>Lauf auf %1 zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Confirm the rollback</source>
        <translation>Rollback bestätigen</translation>
    </message>
    <message>
        <source>Read what will happen. Nothing has changed yet.</source>
        <translation>Lesen Sie, was geschehen wird. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>Zu&amp;rücknehmen</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Wird zurückgenommen</translation>
    </message>
    <message>
        <source>The rollback is recorded in the audit log as it runs.</source>
        <translation>Der Rollback wird während der Ausführung im Audit-Log festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Result of the rollback</source>
        <translation>Ergebnis des Rollbacks</translation>
    </message>
    <message>
        <source>the wizard closed before the rollback: nothing was changed</source>
        <translation>Assistent vor dem Rollback geschlossen: Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>prepared again with other choices: nothing was changed</source>
        <translation>mit anderer Auswahl erneut vorbereitet: Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Stop and Close?</source>
        <translation>Anhalten und schließen?</translation>
    </message>
    <message>
        <source>The rollback is running. Stop it and close? What it has done so far is in the run history.</source>
        <translation>Der Rollback läuft. Anhalten und schließen? Was er bis jetzt getan hat, steht in der Laufhistorie.</translation>
    </message>
    <message>
        <source>A step is running. Stop it and close? Nothing has changed yet.</source>
        <translation>Ein Schritt läuft. Anhalten und schließen? Noch wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Rollback &amp;script (%n statement(s)):</source>
        <translation>
            <numerusform>Rollback-&amp;Skript (%n Anweisung):</numerusform>
            <numerusform>Rollback-&amp;Skript (%n Anweisungen):</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll back &amp;%1</source>
        <translation>&amp;%1 zurücknehmen</translation>
    </message>
    <message>
        <source>Undoing the statements on %1…</source>
        <translation>Anweisungen auf %1 werden zurückgenommen …</translation>
    </message>
    <message>
        <source>Restoring the backup into %1…</source>
        <translation>Sicherung wird in %1 wiederhergestellt …</translation>
    </message>
    <message>
        <source>Reading %1 again to verify it…</source>
        <translation>%1 wird zur Überprüfung erneut eingelesen …</translation>
    </message>
    <message>
        <source>Writing the record…</source>
        <translation>Protokoll wird geschrieben …</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <source>undo the statements (%n statement(s))</source>
        <translation>
            <numerusform>Anweisungen zurücknehmen (%n Anweisung)</numerusform>
            <numerusform>Anweisungen zurücknehmen (%n Anweisungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>restore the backup %1 over %2</source>
        <translation>%2 mit der Sicherung %1 überschreiben</translation>
    </message>
    <message>
        <source>restore the backup %1 into the new %2</source>
        <translation>Sicherung %1 in %2 (neu angelegt) wiederherstellen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Way back</source>
        <translation>Rückweg</translation>
    </message>
    <message>
        <source>Cannot come back</source>
        <translation>Nicht wiederherstellbar</translation>
    </message>
</context>
<context>
    <name>parity::RunCheckController</name>
    <message>
        <source>Not checked: no password given.</source>
        <translation>Nicht geprüft: kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Could not measure %1: %2</source>
        <translation>%1 konnte nicht gemessen werden: %2</translation>
    </message>
    <message>
        <source>Nothing stays applied: %1 has the same schema and the same rows as before the run.</source>
        <translation>Nichts bleibt angewendet: %1 hat dasselbe Schema und dieselben Zeilen wie vor dem Lauf.</translation>
    </message>
    <message>
        <source>Measured on %1, this differs from before the run:</source>
        <translation>Auf %1 gemessen, anders als vor dem Lauf:</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s): their statements stopped and their transactions rolled back.</source>
        <translation>
            <numerusform>%n Sitzung beendet: Ihre Anweisungen wurden angehalten und ihre Transaktionen zurückgerollt.</numerusform>
            <numerusform>%n Sitzungen beendet: Ihre Anweisungen wurden angehalten und ihre Transaktionen zurückgerollt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions the run left on the server:</source>
        <translation>Sitzungen, die der Lauf auf dem Server hinterlassen hat:</translation>
    </message>
    <message>
        <source>They may still hold locks and change %1, so it is not measured now: end them, then check again.</source>
        <translation>Sie halten womöglich noch Sperren und ändern %1, daher wird jetzt nicht gemessen: Beenden Sie sie und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>parity::RunConfirmPage</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt;, the name of the database that will change, to &amp;confirm:</source>
        <translation>Geben Sie zur &amp;Bestätigung &lt;b&gt;%1&lt;/b&gt; ein, den Namen der Datenbank, die geändert wird:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Zur Bestätigung %1 eingeben</translation>
    </message>
</context>
<context>
    <name>parity::RunExecutePage</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Statements sent</source>
        <translation>Gesendete Anweisungen</translation>
    </message>
    <message>
        <source>Done. Next shows how the run ended.</source>
        <translation>Fertig. „Weiter“ zeigt, wie der Lauf ausgegangen ist.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Statement %1 of %2: %3</source>
        <translation>Anweisung %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>No statement was sent.</source>
        <translation>Es wurde keine Anweisung gesendet.</translation>
    </message>
</context>
<context>
    <name>parity::RunHistoryDock</name>
    <message>
        <source>Run History</source>
        <translation>Laufhistorie</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the run history again</source>
        <translation>Die Laufhistorie erneut einlesen</translation>
    </message>
    <message>
        <source>Roll &amp;Back…</source>
        <translation>&amp;Zurücknehmen …</translation>
    </message>
    <message>
        <source>Undo the selected apply run, with its script or its backup</source>
        <translation>Den ausgewählten Anwendungslauf zurücknehmen, per Skript oder per Sicherung</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Enter or double-click: show the run&apos;s record</source>
        <translation>Eingabetaste oder Doppelklick: Protokoll des Laufs anzeigen</translation>
    </message>
    <message>
        <source>Press Enter on a run (or double-click it) to see its record.</source>
        <translation>Drücken Sie auf einem Lauf die Eingabetaste (oder doppelklicken Sie ihn), um sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>Run record</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird eingelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Run %1 (%2)</source>
        <translation>Lauf %1 (%2)</translation>
    </message>
    <message>
        <source>rollback of %1 by its %2</source>
        <translation>Rollback von %1 per %2</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Outcome:   %1</source>
        <translation>Ergebnis:  %1</translation>
    </message>
    <message>
        <source>Target:    %1%2</source>
        <translation>Ziel:      %1%2</translation>
    </message>
    <message>
        <source> (profile %1)</source>
        <translation> (Profil %1)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung:  %1</translation>
    </message>
    <message>
        <source>Started:   %1 by %2 on %3</source>
        <translation>Gestartet: %1 von %2 auf %3</translation>
    </message>
    <message>
        <source>Finished:  %1</source>
        <translation>Beendet:   %1</translation>
    </message>
    <message>
        <source>Script:    %1</source>
        <translation>Skript:    %1</translation>
    </message>
    <message>
        <source>Backup:    none</source>
        <translation>Sicherung: keine</translation>
    </message>
    <message>
        <source>Backup:    %1 (%2)</source>
        <translation>Sicherung: %1 (%2)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>überprüft</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <source>Hazards:</source>
        <translation>Risiken:</translation>
    </message>
    <message>
        <source>Statements (%1 of %2 sent):</source>
        <translation>Anweisungen (%1 von %2 gesendet):</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Verified: the database matched the expected state.</source>
        <translation>Überprüft: Die Datenbank entsprach dem erwarteten Zustand.</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Nicht überprüft.</translation>
    </message>
    <message>
        <source>Measured afterwards: nothing stays applied (same schema, same rows as before the run).</source>
        <translation>Danach gemessen: Nichts bleibt angewendet (gleiches Schema, gleiche Zeilen wie vor dem Lauf).</translation>
    </message>
    <message>
        <source>Measured afterwards, differing from before the run:</source>
        <translation>Danach gemessen, anders als vor dem Lauf:</translation>
    </message>
    <message>
        <source>What stays applied could not be measured: %1</source>
        <translation>Was angewendet bleibt, konnte nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>Not measured yet: parity-cli runs %1 --check reads the database and says what stays applied.</source>
        <translation>Noch nicht gemessen: parity-cli runs %1 --check liest die Datenbank ein und sagt, was angewendet bleibt.</translation>
    </message>
    <message>
        <source>&amp;Check Target</source>
        <translation>Ziel &amp;prüfen</translation>
    </message>
    <message>
        <source>Read the run&apos;s database again and say what differs from before the run (schema and row checksums), and which server sessions it left</source>
        <translation>Die Datenbank des Laufs erneut einlesen und sagen, was sich gegenüber vor dem Lauf unterscheidet (Schema und Zeilenprüfsummen) und welche Serversitzungen er hinterlassen hat</translation>
    </message>
    <message>
        <source>&amp;End Sessions</source>
        <translation>Sitzungen &amp;beenden</translation>
    </message>
    <message>
        <source>End the server sessions the interrupted run left: their statements stop and their transactions roll back</source>
        <translation>Die Serversitzungen des unterbrochenen Laufs beenden: Ihre Anweisungen halten an und ihre Transaktionen werden zurückgerollt</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Checked just now:</source>
        <translation>Soeben geprüft:</translation>
    </message>
    <message>
        <source>Run %1, checked just now:</source>
        <translation>Lauf %1, soeben geprüft:</translation>
    </message>
</context>
<context>
    <name>parity::RunListModel</name>
    <message>
        <source>rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>rollback of %1</source>
        <translation>Rollback von %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>überprüft</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
</context>
<context>
    <name>parity::RunResultPage</name>
    <message>
        <source>Run &amp;id:</source>
        <translation>Lauf-&amp;ID:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sicherung:</translation>
    </message>
    <message>
        <source>&amp;Open Run Folder</source>
        <translation>Lauf&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>The run&apos;s record, scripts and snapshots in the audit log</source>
        <translation>Protokoll, Skripte und Snapshots des Laufs im Audit-Log</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation>Zu&amp;rücknehmen …</translation>
    </message>
    <message>
        <source>Undo what stays applied of this run, with its script or its backup</source>
        <translation>Zurücknehmen, was von diesem Lauf noch angewendet ist, per Skript oder per Sicherung</translation>
    </message>
    <message>
        <source>How the run ended, as the audit log records it.</source>
        <translation>Wie der Lauf ausgegangen ist, laut Audit-Log.</translation>
    </message>
    <message>
        <source>Verified: %1 was read again and matches the expected state.</source>
        <translation>Überprüft: %1 wurde erneut eingelesen und entspricht dem erwarteten Zustand.</translation>
    </message>
    <message>
        <source>&amp;Differences found when %1 was read again:</source>
        <translation>&amp;Unterschiede beim erneuten Einlesen von %1:</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Nicht überprüft.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1 (überprüft)</translation>
    </message>
    <message>
        <source>Measured afterwards: nothing stays applied, %1 has the same schema and the same rows as before the run.</source>
        <translation>Danach gemessen: Nichts bleibt angewendet, %1 hat dasselbe Schema und dieselben Zeilen wie vor dem Lauf.</translation>
    </message>
    <message>
        <source>&amp;Measured afterwards, %1 differs from before the run:</source>
        <translation>Danach &amp;gemessen, %1 unterscheidet sich vom Stand vor dem Lauf:</translation>
    </message>
    <message>
        <source>What stays applied on %1 could not be measured: %2. Check the database before anything else.</source>
        <translation>Was auf %1 angewendet bleibt, konnte nicht gemessen werden: %2. Prüfen Sie zuerst die Datenbank.</translation>
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
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
</context>
<context>
    <name>parity::ScriptPane</name>
    <message>
        <source>Forward script</source>
        <translation>Vorwärtsskript</translation>
    </message>
    <message>
        <source>Rollback script</source>
        <translation>Rollback-Skript</translation>
    </message>
    <message>
        <source>Free SQL</source>
        <translation>Freies SQL</translation>
    </message>
    <message>
        <source>Turns the target into the reference</source>
        <translation>Überführt das Ziel in die Referenz</translation>
    </message>
    <message>
        <source>Turns the changed target back</source>
        <translation>Setzt das geänderte Ziel zurück</translation>
    </message>
    <message>
        <source>Your own SQL, with completion from the compared schemas</source>
        <translation>Eigenes SQL, mit Vervollständigung aus den verglichenen Schemas</translation>
    </message>
    <message>
        <source>&amp;Save Script…</source>
        <translation>Skript &amp;speichern …</translation>
    </message>
    <message>
        <source>Save the shown script to a file (Ctrl+S)</source>
        <translation>Das angezeigte Skript in eine Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Copy Script</source>
        <translation>Skript &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the whole shown script to the clipboard (Ctrl+Shift+C)</source>
        <translation>Das ganze angezeigte Skript in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Check S&amp;yntax</source>
        <translation>S&amp;yntax prüfen</translation>
    </message>
    <message>
        <source>Parse the shown PostgreSQL script with PostgreSQL&apos;s own parser and mark errors (Ctrl+Shift+K)</source>
        <translation>Das angezeigte PostgreSQL-Skript mit dem Parser von PostgreSQL prüfen und Fehler markieren (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>&amp;Dry Run on Target</source>
        <translation>&amp;Probelauf auf dem Ziel</translation>
    </message>
    <message>
        <source>Run the shown PostgreSQL script on the target inside a transaction that is rolled back, and show the first error with its line</source>
        <translation>Das angezeigte PostgreSQL-Skript auf dem Ziel in einer Transaktion ausführen, die zurückgerollt wird, und den ersten Fehler mit seiner Zeile anzeigen</translation>
    </message>
    <message>
        <source>-- The forward script appears here after a comparison.</source>
        <translation>-- Das Vorwärtsskript erscheint hier nach einem Vergleich.</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>parity::SqlEditorPane</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile …</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
</context>
</TS>
