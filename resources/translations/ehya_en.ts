<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>The import was cancelled. The database was not changed.</source>
        <translation>The import was cancelled. The database was not changed.</translation>
    </message>
    <message>
        <source>Check only: every row is valid, the file is ready to import. Nothing was changed.</source>
        <translation>Check only: every row is valid, the file is ready to import. Nothing was changed.</translation>
    </message>
    <message>
        <source>Check only: the rows listed below have problems. Nothing was changed.</source>
        <translation>Check only: the rows listed below have problems. Nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was imported: the rows listed below have problems. Correct them in the file and import it again, or import the valid rows and set the rejected ones aside.</source>
        <translation>Nothing was imported: the rows listed below have problems. Correct them in the file and import it again, or import the valid rows and set the rejected ones aside.</translation>
    </message>
    <message>
        <source>The valid rows were imported. The rows listed below were rejected and set aside in the rejects file.</source>
        <translation>The valid rows were imported. The rows listed below were rejected and set aside in the rejects file.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>The file was imported.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>Action type</translation>
    </message>
    <message>
        <source>Responsible &amp;agency:</source>
        <translation>Responsible &amp;agency:</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>S&amp;tarted on:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>&amp;Finished on:</source>
        <translation>&amp;Finished on:</translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation>Finish date</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>Export records</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>P&amp;rovince:</source>
        <translation>P&amp;rovince:</translation>
    </message>
    <message>
        <source>Province to export</source>
        <translation>Province to export</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>CS&amp;V (UTF-8)</source>
        <translation>CS&amp;V (UTF-8)</translation>
    </message>
    <message>
        <source>E&amp;xcel (XLSX)</source>
        <translation>E&amp;xcel (XLSX)</translation>
    </message>
    <message>
        <source>Column headers:</source>
        <translation>Column headers:</translation>
    </message>
    <message>
        <source>&amp;Persian (with Persian names and labels)</source>
        <translation>&amp;Persian (with Persian names and labels)</translation>
    </message>
    <message>
        <source>E&amp;nglish keys</source>
        <translation>E&amp;nglish keys</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>&amp;Jalali (1402/05/10)</source>
        <translation>&amp;Jalali (1402/05/10)</translation>
    </message>
    <message>
        <source>&amp;Gregorian (2023-08-01)</source>
        <translation>&amp;Gregorian (2023-08-01)</translation>
    </message>
    <message>
        <source>Both forms can be imported again. Persian headers and Jalali dates read best in Excel; English keys and Gregorian dates suit other programs.</source>
        <translation>Both forms can be imported again. Persian headers and Jalali dates read best in Excel; English keys and Gregorian dates suit other programs.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find by name, number, place or sector (Ctrl+F)</source>
        <translation>Find by name, number, place or sector (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>C&amp;ounty:</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>S&amp;ector:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>O&amp;bstacle:</source>
        <translation>O&amp;bstacle:</translation>
    </message>
    <message>
        <source>Open obstacle</source>
        <translation>Open obstacle</translation>
    </message>
    <message>
        <source>Months without a report</source>
        <translation>Months without a report</translation>
    </message>
    <message>
        <source>Any last report</source>
        <translation>Any last report</translation>
    </message>
    <message>
        <source>No report for </source>
        <translation>No report for </translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import records</source>
        <translation>Import records</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file</source>
        <translation>A CSV or Excel (XLSX) file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <source>Half-finished &amp;projects</source>
        <translation>Half-finished &amp;projects</translation>
    </message>
    <message>
        <source>Idle &amp;units</source>
        <translation>Idle &amp;units</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>Rows with problems:</translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row has a problem</source>
        <translation>Import &amp;nothing if any row has a problem</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and set the rejected ones aside in a file</source>
        <translation>Import the &amp;valid rows and set the rejected ones aside in a file</translation>
    </message>
    <message>
        <source>Check &amp;only: read the file and report, change nothing</source>
        <translation>Check &amp;only: read the file and report, change nothing</translation>
    </message>
    <message>
        <source>A permit or licence number already recorded in the province updates that record.</source>
        <translation>A permit or licence number already recorded in the province updates that record.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import result</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Rows read:</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Added:</translation>
    </message>
    <message>
        <source>Rows added</source>
        <translation>Rows added</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Records updated</source>
        <translation>Records updated</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Unchanged:</translation>
    </message>
    <message>
        <source>Records unchanged</source>
        <translation>Records unchanged</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problems:</translation>
    </message>
    <message>
        <source>Problems, one row per problem</source>
        <translation>Problems, one row per problem</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>How the file was read</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ehya</source>
        <translation>Ehya</translation>
    </message>
    <message>
        <source>Half-finished projects</source>
        <translation>Half-finished projects</translation>
    </message>
    <message>
        <source>Idle units</source>
        <translation>Idle units</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Create an empty database</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>Open an existing database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Ehya</source>
        <translation>&amp;About Ehya</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import projects or idle units from a CSV or Excel file</source>
        <translation>Import projects or idle units from a CSV or Excel file</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export projects, idle units or progress reports to CSV or Excel</source>
        <translation>Export projects, idle units or progress reports to CSV or Excel</translation>
    </message>
    <message>
        <source>&amp;Who is working…</source>
        <translation>&amp;Who is working…</translation>
    </message>
    <message>
        <source>Choose the user under whose name changes are recorded</source>
        <translation>Choose the user under whose name changes are recorded</translation>
    </message>
    <message>
        <source>&amp;Reference data…</source>
        <translation>&amp;Reference data…</translation>
    </message>
    <message>
        <source>Counties, industrial estates, sectors and agencies</source>
        <translation>Counties, industrial estates, sectors and agencies</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Language, calendar, money unit and digits</source>
        <translation>Language, calendar, money unit and digits</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>New &amp;project…</translation>
    </message>
    <message>
        <source>Add a half-finished project</source>
        <translation>Add a half-finished project</translation>
    </message>
    <message>
        <source>New idle &amp;unit…</source>
        <translation>New idle &amp;unit…</translation>
    </message>
    <message>
        <source>Add an idle unit</source>
        <translation>Add an idle unit</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Edit record…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Edit the selected record</translation>
    </message>
    <message>
        <source>Add progress &amp;report…</source>
        <translation>Add progress &amp;report…</translation>
    </message>
    <message>
        <source>Add a progress report to the selected project</source>
        <translation>Add a progress report to the selected project</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>&amp;Delete record…</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Delete the selected record</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Go to the search box</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Show every record of the list</source>
        <translation>Show every record of the list</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>Open the office&apos;s shared database on a PostgreSQL server</source>
        <translation>Open the office&apos;s shared database on a PostgreSQL server</translation>
    </message>
</context>
<context>
    <name>ObstacleDialog</name>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Obstacle type</source>
        <translation>Obstacle type</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Recorded on:</source>
        <translation>&amp;Recorded on:</translation>
    </message>
    <message>
        <source>Date recorded</source>
        <translation>Date recorded</translation>
    </message>
    <message>
        <source>Re&amp;solved on:</source>
        <translation>Re&amp;solved on:</translation>
    </message>
    <message>
        <source>Date resolved</source>
        <translation>Date resolved</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Current progress:</source>
        <translation>Current progress:</translation>
    </message>
    <message>
        <source>Current progress</source>
        <translation>Current progress</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>&amp;Progress (%):</source>
        <translation>&amp;Progress (%):</translation>
    </message>
    <message>
        <source>Reported progress in percent</source>
        <translation>Reported progress in percent</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Tier:</translation>
    </message>
    <message>
        <source>Tier change</source>
        <translation>Tier change</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Investor:</source>
        <translation>&amp;Investor:</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;pacity:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Export-oriented</source>
        <translation>Export-oriented</translation>
    </message>
    <message>
        <source>&amp;Export-oriented</source>
        <translation>&amp;Export-oriented</translation>
    </message>
    <message>
        <source>Establishment permit</source>
        <translation>Establishment permit</translation>
    </message>
    <message>
        <source>Permit n&amp;umber:</source>
        <translation>Permit n&amp;umber:</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>Permit number</translation>
    </message>
    <message>
        <source>Permit &amp;date:</source>
        <translation>Permit &amp;date:</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>Permit date</translation>
    </message>
    <message>
        <source>Permit e&amp;xpires:</source>
        <translation>Permit e&amp;xpires:</translation>
    </message>
    <message>
        <source>Permit expiry date</source>
        <translation>Permit expiry date</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vince:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>C&amp;ounty:</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Industrial est&amp;ate:</source>
        <translation>Industrial est&amp;ate:</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>Industrial estate</translation>
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation>Secto&amp;r:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Progress and money</source>
        <translation>Progress and money</translation>
    </message>
    <message>
        <source>Physical pro&amp;gress (%):</source>
        <translation>Physical pro&amp;gress (%):</translation>
    </message>
    <message>
        <source>Physical progress in percent</source>
        <translation>Physical progress in percent</translation>
    </message>
    <message>
        <source>Invested so &amp;far:</source>
        <translation>Invested so &amp;far:</translation>
    </message>
    <message>
        <source>Amount invested so far</source>
        <translation>Amount invested so far</translation>
    </message>
    <message>
        <source>Still &amp;needed:</source>
        <translation>Still &amp;needed:</translation>
    </message>
    <message>
        <source>Investment still needed</source>
        <translation>Investment still needed</translation>
    </message>
    <message>
        <source>Planned &amp;jobs:</source>
        <translation>Planned &amp;jobs:</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>Planned jobs</translation>
    </message>
    <message>
        <source>Expected &amp;completion:</source>
        <translation>Expected &amp;completion:</translation>
    </message>
    <message>
        <source>Expected completion date</source>
        <translation>Expected completion date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Record page</source>
        <translation>Record page</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>Record title</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit this record&apos;s fields</source>
        <translation>Edit this record&apos;s fields</translation>
    </message>
    <message>
        <source>Edit the record</source>
        <translation>Edit the record</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete this record with its reports, obstacles and actions</source>
        <translation>Delete this record with its reports, obstacles and actions</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Delete the record</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Record sections</source>
        <translation>Record sections</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Progress reports</translation>
    </message>
    <message>
        <source>Add progress &amp;report…</source>
        <translation>Add progress &amp;report…</translation>
    </message>
    <message>
        <source>Add a progress report</source>
        <translation>Add a progress report</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Add &amp;obstacle…</source>
        <translation>Add &amp;obstacle…</translation>
    </message>
    <message>
        <source>Add an obstacle</source>
        <translation>Add an obstacle</translation>
    </message>
    <message>
        <source>Edit obstacle…</source>
        <translation>Edit obstacle…</translation>
    </message>
    <message>
        <source>Edit the selected obstacle</source>
        <translation>Edit the selected obstacle</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <source>Mark the selected obstacle as resolved</source>
        <translation>Mark the selected obstacle as resolved</translation>
    </message>
    <message>
        <source>Resolve the selected obstacle</source>
        <translation>Resolve the selected obstacle</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>Add &amp;action…</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Edit action…</translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation>Edit the selected action</translation>
    </message>
    <message>
        <source>&amp;Close action…</source>
        <translation>&amp;Close action…</translation>
    </message>
    <message>
        <source>Record the end and outcome of the selected action</source>
        <translation>Record the end and outcome of the selected action</translation>
    </message>
    <message>
        <source>Close the selected action</source>
        <translation>Close the selected action</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialog</name>
    <message>
        <source>Reference data</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Only a manager can change reference data.</source>
        <translation>Only a manager can change reference data.</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Counties</translation>
    </message>
    <message>
        <source>Industrial estates</source>
        <translation>Industrial estates</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Persian name:</source>
        <translation>&amp;Persian name:</translation>
    </message>
    <message>
        <source>Persian name</source>
        <translation>Persian name</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detail:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A new language applies to the whole window at once, when you press OK.</source>
        <translation>A new language applies to the whole window at once, when you press OK.</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendar:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Digits:</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>&amp;Money unit:</source>
        <translation>&amp;Money unit:</translation>
    </message>
    <message>
        <source>Money unit</source>
        <translation>Money unit</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Sample:</translation>
    </message>
    <message>
        <source>Sample of an amount and a date</source>
        <translation>Sample of an amount and a date</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Idle unit</source>
        <translation>Idle unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>O&amp;perator:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>&amp;Licence number:</translation>
    </message>
    <message>
        <source>Operation licence number</source>
        <translation>Operation licence number</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Idle since:</source>
        <translation>&amp;Idle since:</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Idle since</translation>
    </message>
    <message>
        <source>Revival pat&amp;h:</source>
        <translation>Revival pat&amp;h:</translation>
    </message>
    <message>
        <source>Revival path</source>
        <translation>Revival path</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vince:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>C&amp;ounty:</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Industrial est&amp;ate:</source>
        <translation>Industrial est&amp;ate:</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>Industrial estate</translation>
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation>Secto&amp;r:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Capacity and jobs</source>
        <translation>Capacity and jobs</translation>
    </message>
    <message>
        <source>&amp;Capacity in use (%):</source>
        <translation>&amp;Capacity in use (%):</translation>
    </message>
    <message>
        <source>Capacity in use in percent</source>
        <translation>Capacity in use in percent</translation>
    </message>
    <message>
        <source>&amp;Jobs before stoppage:</source>
        <translation>&amp;Jobs before stoppage:</translation>
    </message>
    <message>
        <source>Jobs before the stoppage</source>
        <translation>Jobs before the stoppage</translation>
    </message>
    <message>
        <source>Jobs restora&amp;ble:</source>
        <translation>Jobs restora&amp;ble:</translation>
    </message>
    <message>
        <source>Restorable jobs</source>
        <translation>Restorable jobs</translation>
    </message>
    <message>
        <source>Revival and money</source>
        <translation>Revival and money</translation>
    </message>
    <message>
        <source>&amp;Working capital needed:</source>
        <translation>&amp;Working capital needed:</translation>
    </message>
    <message>
        <source>Working capital needed</source>
        <translation>Working capital needed</translation>
    </message>
    <message>
        <source>&amp;Fixed capital needed:</source>
        <translation>&amp;Fixed capital needed:</translation>
    </message>
    <message>
        <source>Fixed capital needed</source>
        <translation>Fixed capital needed</translation>
    </message>
    <message>
        <source>Has a market for its products</source>
        <translation>Has a market for its products</translation>
    </message>
    <message>
        <source>Has a &amp;market for its products</source>
        <translation>Has a &amp;market for its products</translation>
    </message>
    <message>
        <source>Revival is economically justified</source>
        <translation>Revival is economically justified</translation>
    </message>
    <message>
        <source>Revival is economically justifie&amp;d</source>
        <translation>Revival is economically justifie&amp;d</translation>
    </message>
    <message>
        <source>Export-oriented</source>
        <translation>Export-oriented</translation>
    </message>
    <message>
        <source>&amp;Export-oriented</source>
        <translation>&amp;Export-oriented</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <source>Choose your name. Every change you make is recorded under it.</source>
        <translation>Choose your name. Every change you make is recorded under it.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>Only a manager can add or change users.</source>
        <translation>Only a manager can add or change users.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ehya</name>
    <message>
        <source>empty</source>
        <translation type="vanished">empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as year/month/day, for example 1402/05/10 or 2023-08-01.</source>
        <translation type="vanished">&quot;%1&quot; is not a date; write it as year/month/day, for example 1402/05/10 or 2023-08-01.</translation>
    </message>
    <message>
        <source>The year of &quot;%1&quot; is too small; write all four digits of the year, for example 1402.</source>
        <translation type="vanished">The year of &quot;%1&quot; is too small; write all four digits of the year, for example 1402.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has month %2; a month is between 1 and 12.</source>
        <translation type="vanished">&quot;%1&quot; has month %2; a month is between 1 and 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: %2 is not a leap year, so Esfand has 29 days.</source>
        <translation type="vanished">&quot;%1&quot; does not exist: %2 is not a leap year, so Esfand has 29 days.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: month %2 of the Jalali calendar has %3 days.</source>
        <translation type="vanished">&quot;%1&quot; does not exist: month %2 of the Jalali calendar has %3 days.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: month %2 of %3 has %4 days.</source>
        <translation type="vanished">&quot;%1&quot; does not exist: month %2 of %3 has %4 days.</translation>
    </message>
    <message>
        <source>No amount was given.</source>
        <translation type="vanished">No amount was given.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money; write a number such as 12.5 or 1,250,000, optionally followed by a unit such as &quot;billion toman&quot;.</source>
        <translation type="vanished">&quot;%1&quot; is not an amount of money; write a number such as 12.5 or 1,250,000, optionally followed by a unit such as &quot;billion toman&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of money; use rial, toman, million rial, billion rial or billion toman.</source>
        <translation type="vanished">&quot;%1&quot; is not a unit of money; use rial, toman, million rial, billion rial or billion toman.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal point.</source>
        <translation type="vanished">&quot;%1&quot; has more than one decimal point.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no digits after its decimal point.</source>
        <translation type="vanished">&quot;%1&quot; has no digits after its decimal point.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a thousands separator after its decimal point.</source>
        <translation type="vanished">&quot;%1&quot; has a thousands separator after its decimal point.</translation>
    </message>
    <message>
        <source>The thousands separators of &quot;%1&quot; are misplaced; digits are grouped by three, as in 1,250,000.</source>
        <translation type="vanished">The thousands separators of &quot;%1&quot; are misplaced; digits are grouped by three, as in 1,250,000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more precise than a whole rial.</source>
        <translation type="vanished">&quot;%1&quot; is more precise than a whole rial.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation type="vanished">&quot;%1&quot; is too large an amount.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; an amount of money here cannot be below zero.</source>
        <translation type="vanished">&quot;%1&quot; is negative; an amount of money here cannot be below zero.</translation>
    </message>
</context>
<context>
    <name>ehya::Dates</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as year/month/day, for example 1402/05/10 or 2023-08-01.</source>
        <translation>&quot;%1&quot; is not a date; write it as year/month/day, for example 1402/05/10 or 2023-08-01.</translation>
    </message>
    <message>
        <source>The year of &quot;%1&quot; is too small; write all four digits of the year, for example 1402.</source>
        <translation>The year of &quot;%1&quot; is too small; write all four digits of the year, for example 1402.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has month %2; a month is between 1 and 12.</source>
        <translation>&quot;%1&quot; has month %2; a month is between 1 and 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: %2 is not a leap year, so Esfand has 29 days.</source>
        <translation>&quot;%1&quot; does not exist: %2 is not a leap year, so Esfand has 29 days.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: month %2 of the Jalali calendar has %3 days.</source>
        <translation>&quot;%1&quot; does not exist: month %2 of the Jalali calendar has %3 days.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: month %2 of %3 has %4 days.</source>
        <translation>&quot;%1&quot; does not exist: month %2 of %3 has %4 days.</translation>
    </message>
</context>
<context>
    <name>ehya::Labels</name>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Under construction</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operational</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Semi-active</source>
        <translation>Semi-active</translation>
    </message>
    <message>
        <source>Under revival</source>
        <translation>Under revival</translation>
    </message>
    <message>
        <source>Back in production</source>
        <translation>Back in production</translation>
    </message>
    <message>
        <source>Closed for good</source>
        <translation>Closed for good</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Working capital facility</source>
        <translation>Working capital facility</translation>
    </message>
    <message>
        <source>Change of management</source>
        <translation>Change of management</translation>
    </message>
    <message>
        <source>Debt restructuring</source>
        <translation>Debt restructuring</translation>
    </message>
    <message>
        <source>Market support</source>
        <translation>Market support</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Working capital and liquidity</source>
        <translation>Working capital and liquidity</translation>
    </message>
    <message>
        <source>Bank debt</source>
        <translation>Bank debt</translation>
    </message>
    <message>
        <source>Raw materials</source>
        <translation>Raw materials</translation>
    </message>
    <message>
        <source>Market and sales</source>
        <translation>Market and sales</translation>
    </message>
    <message>
        <source>Utilities (water, electricity, gas)</source>
        <translation>Utilities (water, electricity, gas)</translation>
    </message>
    <message>
        <source>Currency allocation</source>
        <translation>Currency allocation</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Permits</translation>
    </message>
    <message>
        <source>Management or partner dispute</source>
        <translation>Management or partner dispute</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Tax and insurance</source>
        <translation>Tax and insurance</translation>
    </message>
    <message>
        <source>Worn-out machinery or building</source>
        <translation>Worn-out machinery or building</translation>
    </message>
    <message>
        <source>Site infrastructure</source>
        <translation>Site infrastructure</translation>
    </message>
    <message>
        <source>Workgroup decision</source>
        <translation>Workgroup decision</translation>
    </message>
    <message>
        <source>Referred to a bank</source>
        <translation>Referred to a bank</translation>
    </message>
    <message>
        <source>Facility granted</source>
        <translation>Facility granted</translation>
    </message>
    <message>
        <source>Utility connected</source>
        <translation>Utility connected</translation>
    </message>
    <message>
        <source>Management changed</source>
        <translation>Management changed</translation>
    </message>
    <message>
        <source>Permit issued</source>
        <translation>Permit issued</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>ehya::Money</name>
    <message>
        <source>rial</source>
        <translation>rial</translation>
    </message>
    <message>
        <source>toman</source>
        <translation>toman</translation>
    </message>
    <message>
        <source>million rial</source>
        <translation>million rial</translation>
    </message>
    <message>
        <source>billion rial</source>
        <translation>billion rial</translation>
    </message>
    <message>
        <source>billion toman</source>
        <translation>billion toman</translation>
    </message>
    <message>
        <source>No amount was given.</source>
        <translation>No amount was given.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money; write a number such as 12.5 or 1,250,000, optionally followed by a unit such as &quot;billion toman&quot;.</source>
        <translation>&quot;%1&quot; is not an amount of money; write a number such as 12.5 or 1,250,000, optionally followed by a unit such as &quot;billion toman&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of money; use rial, toman, million rial, billion rial or billion toman.</source>
        <translation>&quot;%1&quot; is not a unit of money; use rial, toman, million rial, billion rial or billion toman.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal point.</source>
        <translation>&quot;%1&quot; has more than one decimal point.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no digits after its decimal point.</source>
        <translation>&quot;%1&quot; has no digits after its decimal point.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a thousands separator after its decimal point.</source>
        <translation>&quot;%1&quot; has a thousands separator after its decimal point.</translation>
    </message>
    <message>
        <source>The thousands separators of &quot;%1&quot; are misplaced; digits are grouped by three, as in 1,250,000.</source>
        <translation>The thousands separators of &quot;%1&quot; are misplaced; digits are grouped by three, as in 1,250,000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more precise than a whole rial.</source>
        <translation>&quot;%1&quot; is more precise than a whole rial.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>&quot;%1&quot; is too large an amount.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; an amount of money here cannot be below zero.</source>
        <translation>&quot;%1&quot; is negative; an amount of money here cannot be below zero.</translation>
    </message>
</context>
<context>
    <name>ehya::Validation</name>
    <message>
        <source>The project title is required.</source>
        <translation>The project title is required.</translation>
    </message>
    <message>
        <source>The establishment permit number is required.</source>
        <translation>The establishment permit number is required.</translation>
    </message>
    <message>
        <source>Choose the province of the project.</source>
        <translation>Choose the province of the project.</translation>
    </message>
    <message>
        <source>Choose the county of the project.</source>
        <translation>Choose the county of the project.</translation>
    </message>
    <message>
        <source>Choose the industrial sector of the project.</source>
        <translation>Choose the industrial sector of the project.</translation>
    </message>
    <message>
        <source>Physical progress must be between 0 and 100; it is %1.</source>
        <translation>Physical progress must be between 0 and 100; it is %1.</translation>
    </message>
    <message>
        <source>The amount invested cannot be negative; it is %1 rials.</source>
        <translation>The amount invested cannot be negative; it is %1 rials.</translation>
    </message>
    <message>
        <source>The investment still needed cannot be negative; it is %1 rials.</source>
        <translation>The investment still needed cannot be negative; it is %1 rials.</translation>
    </message>
    <message>
        <source>Planned jobs cannot be negative; it is %1.</source>
        <translation>Planned jobs cannot be negative; it is %1.</translation>
    </message>
    <message>
        <source>The permit expires (%1) before it was issued (%2).</source>
        <translation>The permit expires (%1) before it was issued (%2).</translation>
    </message>
    <message>
        <source>The unit name is required.</source>
        <translation>The unit name is required.</translation>
    </message>
    <message>
        <source>The operation licence number is required.</source>
        <translation>The operation licence number is required.</translation>
    </message>
    <message>
        <source>Choose the province of the unit.</source>
        <translation>Choose the province of the unit.</translation>
    </message>
    <message>
        <source>Choose the county of the unit.</source>
        <translation>Choose the county of the unit.</translation>
    </message>
    <message>
        <source>Choose the industrial sector of the unit.</source>
        <translation>Choose the industrial sector of the unit.</translation>
    </message>
    <message>
        <source>Capacity in use must be between 0 and 100 percent; it is %1.</source>
        <translation>Capacity in use must be between 0 and 100 percent; it is %1.</translation>
    </message>
    <message>
        <source>Jobs before the stoppage cannot be negative; it is %1.</source>
        <translation>Jobs before the stoppage cannot be negative; it is %1.</translation>
    </message>
    <message>
        <source>Restorable jobs cannot be negative; it is %1.</source>
        <translation>Restorable jobs cannot be negative; it is %1.</translation>
    </message>
    <message>
        <source>The working capital needed cannot be negative; it is %1 rials.</source>
        <translation>The working capital needed cannot be negative; it is %1 rials.</translation>
    </message>
    <message>
        <source>The fixed capital needed cannot be negative; it is %1 rials.</source>
        <translation>The fixed capital needed cannot be negative; it is %1 rials.</translation>
    </message>
    <message>
        <source>Reported progress must be between 0 and 100; it is %1.</source>
        <translation>Reported progress must be between 0 and 100; it is %1.</translation>
    </message>
    <message>
        <source>The obstacle is resolved (%1) before it was recorded (%2).</source>
        <translation>The obstacle is resolved (%1) before it was recorded (%2).</translation>
    </message>
    <message>
        <source>The action finishes (%1) before it starts (%2).</source>
        <translation>The action finishes (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>The amount cannot be negative; it is %1 rials.</source>
        <translation>The amount cannot be negative; it is %1 rials.</translation>
    </message>
    <message>
        <source>The date of the progress report is required.</source>
        <translation>The date of the progress report is required.</translation>
    </message>
    <message>
        <source>The date the obstacle was recorded is required.</source>
        <translation>The date the obstacle was recorded is required.</translation>
    </message>
    <message>
        <source>The amount is more than 1,000,000 billion toman; check the unit and the digits.</source>
        <translation>The amount is more than 1,000,000 billion toman; check the unit and the digits.</translation>
    </message>
    <message>
        <source>More than 1,000,000 jobs for one record is not plausible; check the number.</source>
        <translation>More than 1,000,000 jobs for one record is not plausible; check the number.</translation>
    </message>
</context>
<context>
    <name>ehya::cli::Text</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>The option --%1 is given twice.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli COMMAND DB [options]
Keeps the records of idle factories and half-finished industrial projects.
DB is a SQLite file path (or a postgresql:// URL in server mode).

Commands:
  init DB                  create DB holding only the reference data
  demo DB                  create DB holding the demo dataset
  generate DB --projects N --units M [--seed S]
                           add synthetic data at scale (creates DB if missing)
  stats DB [--format table|json]
                           figures per province
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           the ranked restart list and a budget plan
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           the scenarios (weights, tiers, rules) the ranking uses

Options:
  -h, --help               show this help (or a command&apos;s: ehya-cli stats --help)
  --version                show the version
  --lang L                 fa or en, for every command: the language of messages, help
                           and tables (default: the system&apos;s language); JSON and CSV
                           keep English keys and Latin digits

Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.</source>
        <translation type="vanished">Usage: ehya-cli COMMAND DB [options]
Keeps the records of idle factories and half-finished industrial projects.
DB is a SQLite file path (or a postgresql:// URL in server mode).

Commands:
  init DB                  create DB holding only the reference data
  demo DB                  create DB holding the demo dataset
  generate DB --projects N --units M [--seed S]
                           add synthetic data at scale (creates DB if missing)
  stats DB [--format table|json]
                           figures per province
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           the ranked restart list and a budget plan
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           the scenarios (weights, tiers, rules) the ranking uses

Options:
  -h, --help               show this help (or a command&apos;s: ehya-cli stats --help)
  --version                show the version
  --lang L                 fa or en, for every command: the language of messages, help
                           and tables (default: the system&apos;s language); JSON and CSV
                           keep English keys and Latin digits

Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.</translation>
    </message>
    <message>
        <source>Try &apos;ehya-cli --help&apos;.</source>
        <translation>Try &apos;ehya-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Try &apos;ehya-cli %1 --help&apos;.</source>
        <translation>Try &apos;ehya-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>The value of --lang must be fa or en; it is &apos;%1&apos;.</source>
        <translation>The value of --lang must be fa or en; it is &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The database file (DB) is missing.</source>
        <translation>The database file (DB) is missing.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The file %1 already exists; &apos;%2&apos; creates a new database and never overwrites one. Choose another name or remove the file first.</source>
        <translation>The file %1 already exists; &apos;%2&apos; creates a new database and never overwrites one. Choose another name or remove the file first.</translation>
    </message>
    <message>
        <source>Could not create the database %1: %2</source>
        <translation>Could not create the database %1: %2</translation>
    </message>
    <message>
        <source>Created %1 with the reference data and the demo dataset.</source>
        <translation>Created %1 with the reference data and the demo dataset.</translation>
    </message>
    <message>
        <source>Created %1 with the reference data.</source>
        <translation>Created %1 with the reference data.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli init DB
Creates DB holding only the reference data (provinces, counties,
industrial estates, sectors, agencies, users). DB must not exist yet.</source>
        <translation>Usage: ehya-cli init DB
Creates DB holding only the reference data (provinces, counties,
industrial estates, sectors, agencies, users). DB must not exist yet.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli demo DB
Creates DB holding the reference data and the demo dataset (calibrated on
the published figures, e.g. 1,610 half-finished projects in East
Azerbaijan). DB must not exist yet.</source>
        <translation>Usage: ehya-cli demo DB
Creates DB holding the reference data and the demo dataset (calibrated on
the published figures, e.g. 1,610 half-finished projects in East
Azerbaijan). DB must not exist yet.</translation>
    </message>
    <message>
        <source>cost per job</source>
        <translation>cost per job</translation>
    </message>
    <message>
        <source>physical progress</source>
        <translation>physical progress</translation>
    </message>
    <message>
        <source>remaining investment</source>
        <translation>remaining investment</translation>
    </message>
    <message>
        <source>planned jobs</source>
        <translation>planned jobs</translation>
    </message>
    <message>
        <source>export-oriented</source>
        <translation>export-oriented</translation>
    </message>
    <message>
        <source>restart cost</source>
        <translation>restart cost</translation>
    </message>
    <message>
        <source>jobs restorable</source>
        <translation>jobs restorable</translation>
    </message>
    <message>
        <source>months idle</source>
        <translation>months idle</translation>
    </message>
    <message>
        <source>Project %1 — %2 (%3, %4)</source>
        <translation>Project %1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Idle unit %1 — %2 (%3, %4)</source>
        <translation>Idle unit %1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Rank %1 of %2, score %3 of 100</source>
        <translation>Rank %1 of %2, score %3 of 100</translation>
    </message>
    <message>
        <source>, tier %1 (physical progress %2%)</source>
        <translation>, tier %1 (physical progress %2%)</translation>
    </message>
    <message>
        <source>Strongest: %1, better than %2 of the others. Weakest: %3, better than %4.</source>
        <translation>Strongest: %1, better than %2 of the others. Weakest: %3, better than %4.</translation>
    </message>
    <message>
        <source>Points per criterion (they add up to the score):</source>
        <translation>Points per criterion (they add up to the score):</translation>
    </message>
    <message>
        <source>%1  %2 of %3</source>
        <translation>%1  %2 of %3</translation>
    </message>
    <message>
        <source>To reach tier %1 it needs %2% physical progress.</source>
        <translation>To reach tier %1 it needs %2% physical progress.</translation>
    </message>
    <message>
        <source>%1 of at most %2 (now %3)</source>
        <translation>%1 of at most %2 (now %3)</translation>
    </message>
    <message>
        <source>%1 of at least %2 (now %3)</source>
        <translation>%1 of at least %2 (now %3)</translation>
    </message>
    <message>
        <source>It would pass rank %1 (%2) with %3.</source>
        <translation>It would pass rank %1 (%2) with %3.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, or </translation>
    </message>
    <message>
        <source>No change of cost or jobs alone would pass rank %1 (%2).</source>
        <translation>No change of cost or jobs alone would pass rank %1 (%2).</translation>
    </message>
    <message>
        <source>It is funded under the %1 plan with %2.</source>
        <translation>It is funded under the %1 plan with %2.</translation>
    </message>
    <message>
        <source>It is not funded under the %1 plan with %2; it would be at a cost of at most %3.</source>
        <translation>It is not funded under the %1 plan with %2; it would be at a cost of at most %3.</translation>
    </message>
    <message>
        <source>It is not funded under the %1 plan with %2, even at no cost.</source>
        <translation>It is not funded under the %1 plan with %2, even at no cost.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli generate DB --projects N --units M [--seed S]
Adds N synthetic half-finished projects and M idle units, with progress
histories, obstacles and actions, spread over every province, county and
sector of the reference data, in one transaction. The same seed gives the
same data. Creates DB with the reference data when it does not exist.

Options:
  --projects N   number of projects (0 to 10,000,000)
  --units M      number of idle units (0 to 10,000,000)
  --seed S       random seed, a whole number (default 1)</source>
        <translation>Usage: ehya-cli generate DB --projects N --units M [--seed S]
Adds N synthetic half-finished projects and M idle units, with progress
histories, obstacles and actions, spread over every province, county and
sector of the reference data, in one transaction. The same seed gives the
same data. Creates DB with the reference data when it does not exist.

Options:
  --projects N   number of projects (0 to 10,000,000)
  --units M      number of idle units (0 to 10,000,000)
  --seed S       random seed, a whole number (default 1)</translation>
    </message>
    <message>
        <source>The option --%1 is missing.</source>
        <translation>The option --%1 is missing.</translation>
    </message>
    <message>
        <source>The value of --%1 must be a whole number from 0 to 10,000,000; it is &apos;%2&apos;.</source>
        <translation>The value of --%1 must be a whole number from 0 to 10,000,000; it is &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The value of --seed must be a whole number of at least 0; it is &apos;%1&apos;.</source>
        <translation>The value of --seed must be a whole number of at least 0; it is &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Could not open the database %1: %2</translation>
    </message>
    <message>
        <source>Nothing was generated in %1: %2</source>
        <translation>Nothing was generated in %1: %2</translation>
    </message>
    <message>
        <source>Generated in %1: %2 projects, %3 idle units, %4 progress reports, %5 obstacles, %6 actions (seed %7, %8 s).</source>
        <translation>Generated in %1: %2 projects, %3 idle units, %4 progress reports, %5 obstacles, %6 actions (seed %7, %8 s).</translation>
    </message>
    <message>
        <source>Usage: ehya-cli rank DB [options]
Ranks half-finished projects (by progress tier, then score) or idle units (by score) by a
scenario, and plans a budget over the ranked list.

Options:
  --kind K          projects (default) or units
  --province NAME   one province (Persian or English name, or code); default every province
  --scenario NAME   a stored scenario; default &quot;seed policy&quot;
  --budget AMOUNT   rials, or with a unit: &quot;1000 billion toman&quot;, &quot;۱۰۰۰ میلیارد تومان&quot;
  --plan P          policy (rank order, default) or max-jobs (most jobs within the budget)
  --as-of DATE      the date months idle are counted to (ISO or Jalali); default today
  --format F        table (default), csv or json
  --output FILE     write to FILE (atomically) instead of standard output
  --sensitivity N   add the rank spread over N random weight perturbations (±25%)
  --seed S          the seed of the perturbations (default 1)
  --lang L          fa or en: the language of the table, the explanation and the names in
                    the table and CSV (default: the system&apos;s language); CSV and JSON keep
                    English keys and Latin digits
  --no-bom          CSV without the UTF-8 byte order mark
  --explain CODE    explain one item (permit or licence number): why it ranks there and
                    what would move it up or get it funded (table or json)</source>
        <translation>Usage: ehya-cli rank DB [options]
Ranks half-finished projects (by progress tier, then score) or idle units (by score) by a
scenario, and plans a budget over the ranked list.

Options:
  --kind K          projects (default) or units
  --province NAME   one province (Persian or English name, or code); default every province
  --scenario NAME   a stored scenario; default &quot;seed policy&quot;
  --budget AMOUNT   rials, or with a unit: &quot;1000 billion toman&quot;, &quot;۱۰۰۰ میلیارد تومان&quot;
  --plan P          policy (rank order, default) or max-jobs (most jobs within the budget)
  --as-of DATE      the date months idle are counted to (ISO or Jalali); default today
  --format F        table (default), csv or json
  --output FILE     write to FILE (atomically) instead of standard output
  --sensitivity N   add the rank spread over N random weight perturbations (±25%)
  --seed S          the seed of the perturbations (default 1)
  --lang L          fa or en: the language of the table, the explanation and the names in
                    the table and CSV (default: the system&apos;s language); CSV and JSON keep
                    English keys and Latin digits
  --no-bom          CSV without the UTF-8 byte order mark
  --explain CODE    explain one item (permit or licence number): why it ranks there and
                    what would move it up or get it funded (table or json)</translation>
    </message>
    <message>
        <source>The value of --kind must be projects or units; it is &apos;%1&apos;.</source>
        <translation>The value of --kind must be projects or units; it is &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The value of --plan must be policy or max-jobs; it is &apos;%1&apos;.</source>
        <translation>The value of --plan must be policy or max-jobs; it is &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The value of --format must be table, csv or json; it is &apos;%1&apos;.</source>
        <translation>The value of --format must be table, csv or json; it is &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--budget: %1</source>
        <translation>--budget: %1</translation>
    </message>
    <message>
        <source>--as-of: %1</source>
        <translation>--as-of: %1</translation>
    </message>
    <message>
        <source>--sensitivity must be a number of samples from 1 to 100,000.</source>
        <translation>--sensitivity must be a number of samples from 1 to 100,000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed must be a whole number.</translation>
    </message>
    <message>
        <source>every province</source>
        <translation>every province</translation>
    </message>
    <message>
        <source>There is no province named &apos;%1&apos;.</source>
        <translation>There is no province named &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Ranking of %1 — %2 — scenario &quot;%3&quot; — as of %4</source>
        <translation>Ranking of %1 — %2 — scenario &quot;%3&quot; — as of %4</translation>
    </message>
    <message>
        <source>half-finished projects</source>
        <translation>half-finished projects</translation>
    </message>
    <message>
        <source>idle units</source>
        <translation>idle units</translation>
    </message>
    <message>
        <source>No ranked item has the number &apos;%1&apos; (is it eligible, and in this province?).</source>
        <translation>No ranked item has the number &apos;%1&apos; (is it eligible, and in this province?).</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Could not write to standard output.</translation>
    </message>
    <message>
        <source>Budget %1 billion toman, plan %2: %3 funded, %4 billion toman, %5 jobs, %6 billion toman left.</source>
        <translation>Budget %1 billion toman, plan %2: %3 funded, %4 billion toman, %5 jobs, %6 billion toman left.</translation>
    </message>
    <message>
        <source>For the same budget, max-jobs restores %1 more jobs than policy.</source>
        <translation>For the same budget, max-jobs restores %1 more jobs than policy.</translation>
    </message>
    <message>
        <source>max-jobs is a greedy plan here: the optimum is at most %1 jobs.</source>
        <translation>max-jobs is a greedy plan here: the optimum is at most %1 jobs.</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>tier</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <source>cost (bn toman)</source>
        <translation>cost (bn toman)</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>cumulative</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>jobs</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progress</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>funded</translation>
    </message>
    <message>
        <source>rank 5-50-95%</source>
        <translation>rank 5-50-95%</translation>
    </message>
    <message>
        <source>funded share</source>
        <translation>funded share</translation>
    </message>
    <message>
        <source>(no eligible item)</source>
        <translation>(no eligible item)</translation>
    </message>
    <message>
        <source>Usage: ehya-cli scenario DB list
       ehya-cli scenario DB show NAME
       ehya-cli scenario DB save NAME FILE.json
       ehya-cli scenario DB delete NAME
The scenarios the ranking uses (ehya-cli rank --scenario NAME). &quot;seed policy&quot; is the
default and cannot be changed: show it, edit the JSON, save it under another name.
Keys of the JSON (any may be left out to keep the default):
  project_weights {cost_per_job, progress, remaining, jobs, export}
  unit_weights {cost_per_job, restart_cost, jobs, months_idle, export}
  tiers [75, 50, 25]; project_statuses, unit_statuses [status keys];
  require_market, require_justified (true/false);
  normalisation mid_rank|min_max; ordering tier_first|score_only</source>
        <translation>Usage: ehya-cli scenario DB list
       ehya-cli scenario DB show NAME
       ehya-cli scenario DB save NAME FILE.json
       ehya-cli scenario DB delete NAME
The scenarios the ranking uses (ehya-cli rank --scenario NAME). &quot;seed policy&quot; is the
default and cannot be changed: show it, edit the JSON, save it under another name.
Keys of the JSON (any may be left out to keep the default):
  project_weights {cost_per_job, progress, remaining, jobs, export}
  unit_weights {cost_per_job, restart_cost, jobs, months_idle, export}
  tiers [75, 50, 25]; project_statuses, unit_statuses [status keys];
  require_market, require_justified (true/false);
  normalisation mid_rank|min_max; ordering tier_first|score_only</translation>
    </message>
    <message>
        <source>Give the database and what to do: list, show, save or delete.</source>
        <translation>Give the database and what to do: list, show, save or delete.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, show, save or delete.</source>
        <translation>Unknown action &apos;%1&apos;: use list, show, save or delete.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2 argument(s) after the database.</source>
        <translation>&apos;%1&apos; takes %2 argument(s) after the database.</translation>
    </message>
    <message>
        <source>  (built in, read-only)</source>
        <translation>  (built in, read-only)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved scenario &apos;%1&apos; (version %2).</source>
        <translation>Saved scenario &apos;%1&apos; (version %2).</translation>
    </message>
    <message>
        <source>Usage: ehya-cli stats DB [--format table|json]
Prints per province: half-finished projects (per progress tier A-D and above
60%), their remaining investment and planned jobs; idle units that are
candidates, eligible (market and justified), revived, revived by a change
of management; progress reports, open obstacles and actions.

Options:
  --format F   table (default) or json
  --lang L     fa or en: the language of the table (default: the system&apos;s
               language); JSON keeps English keys and Latin digits</source>
        <translation>Usage: ehya-cli stats DB [--format table|json]
Prints per province: half-finished projects (per progress tier A-D and above
60%), their remaining investment and planned jobs; idle units that are
candidates, eligible (market and justified), revived, revived by a change
of management; progress reports, open obstacles and actions.

Options:
  --format F   table (default) or json
  --lang L     fa or en: the language of the table (default: the system&apos;s
               language); JSON keeps English keys and Latin digits</translation>
    </message>
    <message>
        <source>The value of --format must be table or json; it is &apos;%1&apos;.</source>
        <translation>The value of --format must be table or json; it is &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Could not compute the figures of %1: %2</source>
        <translation>Could not compute the figures of %1: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The database holds no projects and no idle units yet.</source>
        <translation>The database holds no projects and no idle units yet.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Half-finished</source>
        <translation>Half-finished</translation>
    </message>
    <message>
        <source>A (75%+)</source>
        <translation>A (75%+)</translation>
    </message>
    <message>
        <source>B (50-75%)</source>
        <translation>B (50-75%)</translation>
    </message>
    <message>
        <source>C (25-50%)</source>
        <translation>C (25-50%)</translation>
    </message>
    <message>
        <source>D (&lt;25%)</source>
        <translation>D (&lt;25%)</translation>
    </message>
    <message>
        <source>Above 60%</source>
        <translation>Above 60%</translation>
    </message>
    <message>
        <source>Remaining (billion toman)</source>
        <translation>Remaining (billion toman)</translation>
    </message>
    <message>
        <source>Remaining (rial)</source>
        <translation>Remaining (rial)</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>Planned jobs</translation>
    </message>
    <message>
        <source>Idle units</source>
        <translation>Idle units</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Revived</source>
        <translation>Revived</translation>
    </message>
    <message>
        <source>By management change</source>
        <translation>By management change</translation>
    </message>
    <message>
        <source>Jobs restorable (eligible)</source>
        <translation>Jobs restorable (eligible)</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Progress reports</translation>
    </message>
    <message>
        <source>Open obstacles</source>
        <translation>Open obstacles</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Half-finished projects (under construction or stalled)</source>
        <translation>Half-finished projects (under construction or stalled)</translation>
    </message>
    <message>
        <source>Idle units (candidates: idle or semi-active; eligible: with a market and justified) and follow-up</source>
        <translation>Idle units (candidates: idle or semi-active; eligible: with a market and justified) and follow-up</translation>
    </message>
    <message>
        <source>The number &apos;%1&apos; is used in more than one province (%2): add --province.</source>
        <translation>The number &apos;%1&apos; is used in more than one province (%2): add --province.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The scenario &apos;%1&apos; exists already: keep the &quot;version&quot; that &apos;scenario show&apos; printed in %2, so that a change saved meanwhile is not overwritten.</source>
        <translation>The scenario &apos;%1&apos; exists already: keep the &quot;version&quot; that &apos;scenario show&apos; printed in %2, so that a change saved meanwhile is not overwritten.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli COMMAND DB [options]
Keeps the records of idle factories and half-finished industrial projects.
DB is a SQLite file path (or a postgresql:// URL in server mode).

Commands:
  init DB                  create DB holding only the reference data
  demo DB                  create DB holding the demo dataset
  generate DB --projects N --units M [--seed S]
                           add synthetic data at scale (creates DB if missing)
  stats DB [--format table|json]
                           figures per province
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           the ranked restart list and a budget plan
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           the scenarios (weights, tiers, rules) the ranking uses
  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]
                           projects or idle units from a CSV or XLSX file
  export DB --kind projects|units|reports|ranking --output FILE
          [--format csv|xlsx] [--no-bom] [--headers en|fa]
                           the records or the ranked list as CSV or XLSX

Options:
  -h, --help               show this help (or a command&apos;s: ehya-cli stats --help)
  --version                show the version
  --lang L                 fa or en, for every command: the language of messages, help
                           and tables (default: the system&apos;s language); JSON and CSV
                           keep English keys and Latin digits

Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.</source>
        <translation type="vanished">Usage: ehya-cli COMMAND DB [options]
Keeps the records of idle factories and half-finished industrial projects.
DB is a SQLite file path (or a postgresql:// URL in server mode).

Commands:
  init DB                  create DB holding only the reference data
  demo DB                  create DB holding the demo dataset
  generate DB --projects N --units M [--seed S]
                           add synthetic data at scale (creates DB if missing)
  stats DB [--format table|json]
                           figures per province
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           the ranked restart list and a budget plan
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           the scenarios (weights, tiers, rules) the ranking uses
  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]
                           projects or idle units from a CSV or XLSX file
  export DB --kind projects|units|reports|ranking --output FILE
          [--format csv|xlsx] [--no-bom] [--headers en|fa]
                           the records or the ranked list as CSV or XLSX

Options:
  -h, --help               show this help (or a command&apos;s: ehya-cli stats --help)
  --version                show the version
  --lang L                 fa or en, for every command: the language of messages, help
                           and tables (default: the system&apos;s language); JSON and CSV
                           keep English keys and Latin digits

Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.</translation>
    </message>
    <message>
        <source>The value of --%1 must be projects or units; it is &apos;%2&apos;.</source>
        <translation>The value of --%1 must be projects or units; it is &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli import DB --kind projects|units FILE [options]
Imports half-finished projects or idle units from a CSV or XLSX file (docs/csv-format.md).
Accepts UTF-8 (with or without BOM), UTF-16 and Windows-1256; comma, semicolon or tab;
Persian, Arabic-Indic or Latin digits; Jalali or ISO dates; English keys or Persian headers.
A permit or licence number already stored in the province updates that record.
By default nothing is written unless every row is valid.

Options:
  --dry-run          check and count, write nothing
  --skip-invalid     import the valid rows; write the rejected ones, with a reason
                     column, to a rejects file (FILE.rejects.csv, or --rejects)
  --rejects FILE     where the rejected rows go
  --map &quot;H=key;...&quot;  read the column headed H as the column key (H=- ignores it)
  --user LOGIN       the name the audit log records (default: the system user)</source>
        <translation type="vanished">Usage: ehya-cli import DB --kind projects|units FILE [options]
Imports half-finished projects or idle units from a CSV or XLSX file (docs/csv-format.md).
Accepts UTF-8 (with or without BOM), UTF-16 and Windows-1256; comma, semicolon or tab;
Persian, Arabic-Indic or Latin digits; Jalali or ISO dates; English keys or Persian headers.
A permit or licence number already stored in the province updates that record.
By default nothing is written unless every row is valid.

Options:
  --dry-run          check and count, write nothing
  --skip-invalid     import the valid rows; write the rejected ones, with a reason
                     column, to a rejects file (FILE.rejects.csv, or --rejects)
  --rejects FILE     where the rejected rows go
  --map &quot;H=key;...&quot;  read the column headed H as the column key (H=- ignores it)
  --user LOGIN       the name the audit log records (default: the system user)</translation>
    </message>
    <message>
        <source>Usage: ehya-cli export DB --kind projects|units|reports|ranking --output FILE [options]
Exports projects, idle units, progress reports or the ranked list as CSV (UTF-8 with BOM,
CRLF, English keys, Latin digits, ISO dates) or XLSX.

Options:
  --format F         csv or xlsx (default: by the extension of FILE)
  --province NAME    one province (default: every province)
  --headers H        en (column keys, default) or fa (Persian headers, names and labels;
                     a right-to-left sheet in XLSX)
  --dates D          iso (default) or jalali
  --no-bom           CSV without the UTF-8 byte order mark
  --raw              do not neutralise text cells that look like formulas
Ranking (--kind ranking): --of projects|units, --scenario, --budget, --plan, --as-of,
  as for ehya-cli rank.</source>
        <translation>Usage: ehya-cli export DB --kind projects|units|reports|ranking --output FILE [options]
Exports projects, idle units, progress reports or the ranked list as CSV (UTF-8 with BOM,
CRLF, English keys, Latin digits, ISO dates) or XLSX.

Options:
  --format F         csv or xlsx (default: by the extension of FILE)
  --province NAME    one province (default: every province)
  --headers H        en (column keys, default) or fa (Persian headers, names and labels;
                     a right-to-left sheet in XLSX)
  --dates D          iso (default) or jalali
  --no-bom           CSV without the UTF-8 byte order mark
  --raw              do not neutralise text cells that look like formulas
Ranking (--kind ranking): --of projects|units, --scenario, --budget, --plan, --as-of,
  as for ehya-cli rank.</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not HEADER=key.</source>
        <translation>--map: &quot;%1&quot; is not HEADER=key.</translation>
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation type="vanished">... and %1 more problems.</translation>
    </message>
    <message>
        <source>%1: %2 rows read: %3 added, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation type="vanished">%1: %2 rows read: %3 added, %4 updated, %5 unchanged, %6 rejected.</translation>
    </message>
    <message>
        <source>The rejected rows, with the reason, are in %1.</source>
        <translation>The rejected rows, with the reason, are in %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Nothing was written to the database.</source>
        <translation>Nothing was written to the database.</translation>
    </message>
    <message>
        <source>DB and FILE are both needed.</source>
        <translation>DB and FILE are both needed.</translation>
    </message>
    <message>
        <source>The value of --kind must be projects, units, reports or ranking; it is &apos;%1&apos;.</source>
        <translation>The value of --kind must be projects, units, reports or ranking; it is &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--output FILE is needed.</source>
        <translation>--output FILE is needed.</translation>
    </message>
    <message>
        <source>The value of --format must be csv or xlsx; it is &apos;%1&apos;.</source>
        <translation>The value of --format must be csv or xlsx; it is &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The value of --headers must be en or fa; it is &apos;%1&apos;.</source>
        <translation>The value of --headers must be en or fa; it is &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The value of --dates must be iso or jalali; it is &apos;%1&apos;.</source>
        <translation>The value of --dates must be iso or jalali; it is &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation type="vanished">%1 rows written to %2.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli import DB --kind projects|units FILE [options]
Imports half-finished projects or idle units from a CSV or XLSX file (docs/csv-format.md).
Accepts UTF-8 (with or without BOM), UTF-16 and Windows-1256; comma, semicolon or tab;
Persian, Arabic-Indic or Latin digits; Jalali or ISO dates; English keys or Persian headers.
A permit or licence number already stored in the province updates that record.
By default nothing is written unless every row is valid.

Options:
  --dry-run          check and count, write nothing
  --skip-invalid     import the valid rows; write the rejected ones, with a reason
                     column, to a rejects file (FILE.rejects.csv, or --rejects)
  --rejects FILE     where the rejected rows go
  --map &quot;HEADER=key;...&quot;
                     read the column HEADER as the column key (HEADER=- ignores it)
  --user LOGIN       the name the audit log records (default: the system user)</source>
        <translation>Usage: ehya-cli import DB --kind projects|units FILE [options]
Imports half-finished projects or idle units from a CSV or XLSX file (docs/csv-format.md).
Accepts UTF-8 (with or without BOM), UTF-16 and Windows-1256; comma, semicolon or tab;
Persian, Arabic-Indic or Latin digits; Jalali or ISO dates; English keys or Persian headers.
A permit or licence number already stored in the province updates that record.
By default nothing is written unless every row is valid.

Options:
  --dry-run          check and count, write nothing
  --skip-invalid     import the valid rows; write the rejected ones, with a reason
                     column, to a rejects file (FILE.rejects.csv, or --rejects)
  --rejects FILE     where the rejected rows go
  --map &quot;HEADER=key;...&quot;
                     read the column HEADER as the column key (HEADER=- ignores it)
  --user LOGIN       the name the audit log records (default: the system user)</translation>
    </message>
    <message>
        <source>... and %L1 more problems.</source>
        <translation>... and %L1 more problems.</translation>
    </message>
    <message>
        <source>%1: %L2 rows read: %L3 added, %L4 updated, %L5 unchanged, %L6 rejected.</source>
        <translation>%1: %L2 rows read: %L3 added, %L4 updated, %L5 unchanged, %L6 rejected.</translation>
    </message>
    <message>
        <source>%L1 rows written to %2.</source>
        <translation>%L1 rows written to %2.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli COMMAND DB [options]
Keeps the records of idle factories and half-finished industrial projects.
DB is a SQLite file path (or a postgresql:// URL in server mode).

Commands:
  init DB                  create DB holding only the reference data
  demo DB                  create DB holding the demo dataset
  generate DB --projects N --units M [--seed S]
                           add synthetic data at scale (creates DB if missing)
  stats DB [--format table|json]
                           figures per province
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           the ranked restart list and a budget plan
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           the scenarios (weights, tiers, rules) the ranking uses
  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]
                           projects or idle units from a CSV or XLSX file
  export DB --kind projects|units|reports|ranking --output FILE
          [--format csv|xlsx] [--no-bom] [--headers en|fa]
                           the records or the ranked list as CSV or XLSX
  report DB --output FILE.pdf [--kind projects|units] [--province NAME]
          [--scenario NAME] [--budget AMOUNT] [--plan policy|max-jobs]
                           the PDF report of the ranked list and its plan

Options:
  -h, --help               show this help (or a command&apos;s: ehya-cli stats --help)
  --version                show the version
  --lang L                 fa or en, for every command: the language of messages, help
                           and tables (default: the system&apos;s language); JSON and CSV
                           keep English keys and Latin digits

Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.</source>
        <translation type="vanished">Usage: ehya-cli COMMAND DB [options]
Keeps the records of idle factories and half-finished industrial projects.
DB is a SQLite file path (or a postgresql:// URL in server mode).

Commands:
  init DB                  create DB holding only the reference data
  demo DB                  create DB holding the demo dataset
  generate DB --projects N --units M [--seed S]
                           add synthetic data at scale (creates DB if missing)
  stats DB [--format table|json]
                           figures per province
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           the ranked restart list and a budget plan
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           the scenarios (weights, tiers, rules) the ranking uses
  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]
                           projects or idle units from a CSV or XLSX file
  export DB --kind projects|units|reports|ranking --output FILE
          [--format csv|xlsx] [--no-bom] [--headers en|fa]
                           the records or the ranked list as CSV or XLSX
  report DB --output FILE.pdf [--kind projects|units] [--province NAME]
          [--scenario NAME] [--budget AMOUNT] [--plan policy|max-jobs]
                           the PDF report of the ranked list and its plan

Options:
  -h, --help               show this help (or a command&apos;s: ehya-cli stats --help)
  --version                show the version
  --lang L                 fa or en, for every command: the language of messages, help
                           and tables (default: the system&apos;s language); JSON and CSV
                           keep English keys and Latin digits

Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli report DB --output FILE.pdf [options]
Writes the PDF report of a ranked restart list and its budget plan: the summary figures,
charts per tier and the ranked table, right-to-left in Persian. Needs no display.

Options:
  --output FILE     the PDF file to write (atomically; nothing is left on failure)
  --kind K          projects (default) or units
  --province NAME   one province (Persian or English name, or code); default every province
  --scenario NAME   a stored scenario; default &quot;seed policy&quot;
  --budget AMOUNT   rials, or with a unit: &quot;1000 billion toman&quot;, &quot;۱۰۰۰ میلیارد تومان&quot;
  --plan P          policy (rank order, default) or max-jobs (most jobs within the budget)
  --as-of DATE      the date of the report (ISO or Jalali); default today
  --lang L          fa or en: the language of the report (default: the system&apos;s language);
                    Persian: right-to-left, Jalali date, Persian digits</source>
        <translation>Usage: ehya-cli report DB --output FILE.pdf [options]
Writes the PDF report of a ranked restart list and its budget plan: the summary figures,
charts per tier and the ranked table, right-to-left in Persian. Needs no display.

Options:
  --output FILE     the PDF file to write (atomically; nothing is left on failure)
  --kind K          projects (default) or units
  --province NAME   one province (Persian or English name, or code); default every province
  --scenario NAME   a stored scenario; default &quot;seed policy&quot;
  --budget AMOUNT   rials, or with a unit: &quot;1000 billion toman&quot;, &quot;۱۰۰۰ میلیارد تومان&quot;
  --plan P          policy (rank order, default) or max-jobs (most jobs within the budget)
  --as-of DATE      the date of the report (ISO or Jalali); default today
  --lang L          fa or en: the language of the report (default: the system&apos;s language);
                    Persian: right-to-left, Jalali date, Persian digits</translation>
    </message>
    <message>
        <source>The option --output FILE.pdf is required.</source>
        <translation>The option --output FILE.pdf is required.</translation>
    </message>
    <message>
        <source>Strongest: %1, %2 of the way from the worst to the best value. Weakest: %3, %4 of the way.</source>
        <translation>Strongest: %1, %2 of the way from the worst to the best value. Weakest: %3, %4 of the way.</translation>
    </message>
    <message>
        <source>For the same budget, max-jobs restores %1 fewer jobs than policy.</source>
        <translation>For the same budget, max-jobs restores %1 fewer jobs than policy.</translation>
    </message>
    <message>
        <source>For the same budget, max-jobs restores as many jobs as policy.</source>
        <translation>For the same budget, max-jobs restores as many jobs as policy.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli COMMAND DB [options]
Keeps the records of idle factories and half-finished industrial projects.
DB is a SQLite file path (or a postgresql:// URL in server mode).

Commands:
  init DB                  create DB holding only the reference data
  demo DB                  create DB holding the demo dataset
  generate DB --projects N --units M [--seed S]
                           add synthetic data at scale (creates DB if missing)
  stats DB [--format table|json]
                           figures per province
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           the ranked restart list and a budget plan
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           the scenarios (weights, tiers, rules) the ranking uses
  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]
                           projects or idle units from a CSV or XLSX file
  export DB --kind projects|units|reports|ranking --output FILE
          [--format csv|xlsx] [--no-bom] [--headers en|fa]
                           the records or the ranked list as CSV or XLSX
  report DB --output FILE.pdf [--kind projects|units] [--province NAME]
          [--scenario NAME] [--budget AMOUNT] [--plan policy|max-jobs]
                           the PDF report of the ranked list and its plan
  copy FROM TO             every record of FROM into a new or empty TO (a file or a
                           server, either way), checked by counts and checksums

Options:
  -h, --help               show this help (or a command&apos;s: ehya-cli stats --help)
  --version                show the version
  --lang L                 fa or en, for every command: the language of messages, help
                           and tables (default: the system&apos;s language); JSON and CSV
                           keep English keys and Latin digits

Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.</source>
        <translation>Usage: ehya-cli COMMAND DB [options]
Keeps the records of idle factories and half-finished industrial projects.
DB is a SQLite file path (or a postgresql:// URL in server mode).

Commands:
  init DB                  create DB holding only the reference data
  demo DB                  create DB holding the demo dataset
  generate DB --projects N --units M [--seed S]
                           add synthetic data at scale (creates DB if missing)
  stats DB [--format table|json]
                           figures per province
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           the ranked restart list and a budget plan
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           the scenarios (weights, tiers, rules) the ranking uses
  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]
                           projects or idle units from a CSV or XLSX file
  export DB --kind projects|units|reports|ranking --output FILE
          [--format csv|xlsx] [--no-bom] [--headers en|fa]
                           the records or the ranked list as CSV or XLSX
  report DB --output FILE.pdf [--kind projects|units] [--province NAME]
          [--scenario NAME] [--budget AMOUNT] [--plan policy|max-jobs]
                           the PDF report of the ranked list and its plan
  copy FROM TO             every record of FROM into a new or empty TO (a file or a
                           server, either way), checked by counts and checksums

Options:
  -h, --help               show this help (or a command&apos;s: ehya-cli stats --help)
  --version                show the version
  --lang L                 fa or en, for every command: the language of messages, help
                           and tables (default: the system&apos;s language); JSON and CSV
                           keep English keys and Latin digits

Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli copy FROM TO
Copies every record of the database FROM into TO: a SQLite file into a server
(postgresql://user@host:port/dbname), a server into a file, or between two of
either. TO must be new or empty (a missing file or server database is created);
it is written in one transaction, ids kept. The rows and a checksum of every
table are compared after the copy: when any differs, nothing is kept.</source>
        <translation>Usage: ehya-cli copy FROM TO
Copies every record of the database FROM into TO: a SQLite file into a server
(postgresql://user@host:port/dbname), a server into a file, or between two of
either. TO must be new or empty (a missing file or server database is created);
it is written in one transaction, ids kept. The rows and a checksum of every
table are compared after the copy: when any differs, nothing is kept.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FROM and TO are both needed.</source>
        <translation>FROM and TO are both needed.</translation>
    </message>
    <message>
        <source>FROM and TO are the same database (%1).</source>
        <translation>FROM and TO are the same database (%1).</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>Nothing was written to %1.</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4 (%5 s); the counts and checksums match.</source>
        <translation>Copied %1 rows in %2 tables from %3 to %4 (%5 s); the counts and checksums match.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ActionDialog</name>
    <message>
        <source>No agency</source>
        <translation>No agency</translation>
    </message>
    <message>
        <source>Close action</source>
        <translation>Close action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Edit action</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Amount
(%1)</source>
        <translation>Amount
(%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>ehya::gui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>ehya::gui::AuditText</name>
    <message>
        <source>Created the project</source>
        <translation>Created the project</translation>
    </message>
    <message>
        <source>Deleted the project</source>
        <translation>Deleted the project</translation>
    </message>
    <message>
        <source>Changed the project</source>
        <translation>Changed the project</translation>
    </message>
    <message>
        <source>Created the unit</source>
        <translation>Created the unit</translation>
    </message>
    <message>
        <source>Deleted the unit</source>
        <translation>Deleted the unit</translation>
    </message>
    <message>
        <source>Changed the unit</source>
        <translation>Changed the unit</translation>
    </message>
    <message>
        <source>Added a progress report</source>
        <translation>Added a progress report</translation>
    </message>
    <message>
        <source>Deleted a progress report</source>
        <translation>Deleted a progress report</translation>
    </message>
    <message>
        <source>Changed a progress report</source>
        <translation>Changed a progress report</translation>
    </message>
    <message>
        <source>Added an obstacle</source>
        <translation>Added an obstacle</translation>
    </message>
    <message>
        <source>Deleted an obstacle</source>
        <translation>Deleted an obstacle</translation>
    </message>
    <message>
        <source>Changed an obstacle</source>
        <translation>Changed an obstacle</translation>
    </message>
    <message>
        <source>Added an action</source>
        <translation>Added an action</translation>
    </message>
    <message>
        <source>Deleted an action</source>
        <translation>Deleted an action</translation>
    </message>
    <message>
        <source>Changed an action</source>
        <translation>Changed an action</translation>
    </message>
    <message>
        <source>saved with no change</source>
        <translation>saved with no change</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <source>industrial estate</source>
        <translation>industrial estate</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>investor</translation>
    </message>
    <message>
        <source>permit number</source>
        <translation>permit number</translation>
    </message>
    <message>
        <source>permit date</source>
        <translation>permit date</translation>
    </message>
    <message>
        <source>permit expiry</source>
        <translation>permit expiry</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progress</translation>
    </message>
    <message>
        <source>invested</source>
        <translation>invested</translation>
    </message>
    <message>
        <source>remaining investment</source>
        <translation>remaining investment</translation>
    </message>
    <message>
        <source>planned jobs</source>
        <translation>planned jobs</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacity</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>export-oriented</source>
        <translation>export-oriented</translation>
    </message>
    <message>
        <source>expected completion</source>
        <translation>expected completion</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>licence number</source>
        <translation>licence number</translation>
    </message>
    <message>
        <source>idle since</source>
        <translation>idle since</translation>
    </message>
    <message>
        <source>capacity use</source>
        <translation>capacity use</translation>
    </message>
    <message>
        <source>jobs before</source>
        <translation>jobs before</translation>
    </message>
    <message>
        <source>restorable jobs</source>
        <translation>restorable jobs</translation>
    </message>
    <message>
        <source>has a market</source>
        <translation>has a market</translation>
    </message>
    <message>
        <source>economically justified</source>
        <translation>economically justified</translation>
    </message>
    <message>
        <source>working capital</source>
        <translation>working capital</translation>
    </message>
    <message>
        <source>fixed capital</source>
        <translation>fixed capital</translation>
    </message>
    <message>
        <source>revival path</source>
        <translation>revival path</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>reported by</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>obstacle</source>
        <translation>obstacle</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ehya::gui::CompareDialog</name>
    <message>
        <source>Compare scenarios</source>
        <translation>Compare scenarios</translation>
    </message>
    <message>
        <source>Current (as edited)</source>
        <translation>Current (as edited)</translation>
    </message>
    <message>
        <source>Seed policy</source>
        <translation type="vanished">Seed policy</translation>
    </message>
    <message>
        <source>Scenario A</source>
        <translation>Scenario A</translation>
    </message>
    <message>
        <source>Scenario B</source>
        <translation>Scenario B</translation>
    </message>
    <message>
        <source>Only the items that move or change funding</source>
        <translation>Only the items that move or change funding</translation>
    </message>
    <message>
        <source>From A to B: %1 items move up, %2 move down.</source>
        <translation>From A to B: %1 items move up, %2 move down.</translation>
    </message>
    <message>
        <source>%1 enter the funded set and %2 leave it.</source>
        <translation>%1 enter the funded set and %2 leave it.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::CompareModel</name>
    <message>
        <source>not ranked</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <source>new in B</source>
        <translation>new in B</translation>
    </message>
    <message>
        <source>not in B</source>
        <translation>not in B</translation>
    </message>
    <message>
        <source>▲ up %1</source>
        <translation>▲ up %1</translation>
    </message>
    <message>
        <source>▼ down %1</source>
        <translation>▼ down %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>enters the funded set</source>
        <translation>enters the funded set</translation>
    </message>
    <message>
        <source>leaves the funded set</source>
        <translation>leaves the funded set</translation>
    </message>
    <message>
        <source>funded in both</source>
        <translation>funded in both</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Rank in A</source>
        <translation>Rank in A</translation>
    </message>
    <message>
        <source>Rank in B</source>
        <translation>Rank in B</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ConflictDialog</name>
    <message>
        <source>The record was changed meanwhile</source>
        <translation>The record was changed meanwhile</translation>
    </message>
    <message>
        <source>Someone saved &quot;%1&quot; after you opened it. Compare the two versions: the fields that differ are marked. Keep yours to write it over theirs, or keep theirs and drop your change.</source>
        <translation>Someone saved &quot;%1&quot; after you opened it. Compare the two versions: the fields that differ are marked. Keep yours to write it over theirs, or keep theirs and drop your change.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>In the database</translation>
    </message>
    <message>
        <source>Both versions of the record</source>
        <translation>Both versions of the record</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ConflictFields</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>Permit number</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>Permit date</translation>
    </message>
    <message>
        <source>Physical progress</source>
        <translation>Physical progress</translation>
    </message>
    <message>
        <source>Invested</source>
        <translation>Invested</translation>
    </message>
    <message>
        <source>Remaining investment</source>
        <translation>Remaining investment</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>Planned jobs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Export-oriented</source>
        <translation>Export-oriented</translation>
    </message>
    <message>
        <source>Expected completion</source>
        <translation>Expected completion</translation>
    </message>
    <message>
        <source>County (id)</source>
        <translation>County (id)</translation>
    </message>
    <message>
        <source>Sector (id)</source>
        <translation>Sector (id)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Idle since</translation>
    </message>
    <message>
        <source>Capacity in use</source>
        <translation>Capacity in use</translation>
    </message>
    <message>
        <source>Jobs before idling</source>
        <translation>Jobs before idling</translation>
    </message>
    <message>
        <source>Restorable jobs</source>
        <translation>Restorable jobs</translation>
    </message>
    <message>
        <source>Has a market</source>
        <translation>Has a market</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Justified</translation>
    </message>
    <message>
        <source>Working capital</source>
        <translation>Working capital</translation>
    </message>
    <message>
        <source>Fixed capital</source>
        <translation>Fixed capital</translation>
    </message>
    <message>
        <source>Revival path</source>
        <translation>Revival path</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>ehya::gui::DashboardView</name>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>%1: %2 half-finished projects</source>
        <translation>%1: %2 half-finished projects</translation>
    </message>
    <message>
        <source>%1: %2 %3 remaining</source>
        <translation>%1: %2 %3 remaining</translation>
    </message>
    <message>
        <source>%1: %2 planned jobs</source>
        <translation>%1: %2 planned jobs</translation>
    </message>
    <message>
        <source>Half-finished projects per tier</source>
        <translation>Half-finished projects per tier</translation>
    </message>
    <message>
        <source>Remaining investment per tier (%1)</source>
        <translation>Remaining investment per tier (%1)</translation>
    </message>
    <message>
        <source>Planned jobs per tier</source>
        <translation>Planned jobs per tier</translation>
    </message>
    <message>
        <source>%1: %2 units</source>
        <translation>%1: %2 units</translation>
    </message>
    <message>
        <source>Units by status</source>
        <translation>Units by status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 idle units; click for every idle unit with this open obstacle</source>
        <translation>%1: %2 idle units; click for every idle unit with this open obstacle</translation>
    </message>
    <message>
        <source>No open obstacle (%1)</source>
        <translation>No open obstacle (%1)</translation>
    </message>
    <message>
        <source>%1 idle units without an open obstacle</source>
        <translation>%1 idle units without an open obstacle</translation>
    </message>
    <message>
        <source>Idle units by main obstacle (the one opened first)</source>
        <translation>Idle units by main obstacle (the one opened first)</translation>
    </message>
    <message>
        <source>%1: %2 half-finished projects, %3 %4 remaining, %5 idle units</source>
        <translation>%1: %2 half-finished projects, %3 %4 remaining, %5 idle units</translation>
    </message>
    <message>
        <source>Remaining investment of the half-finished projects, top %1 counties (%2)</source>
        <translation>Remaining investment of the half-finished projects, top %1 counties (%2)</translation>
    </message>
    <message>
        <source>Half-finished projects, top %1 counties</source>
        <translation>Half-finished projects, top %1 counties</translation>
    </message>
    <message>
        <source>Idle units, top %1 counties</source>
        <translation>Idle units, top %1 counties</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Spring</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>Summer</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>Autumn</translation>
    </message>
    <message>
        <source>Winter</source>
        <translation>Winter</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>%1 to %2: %3 progress reports</source>
        <translation>%1 to %2: %3 progress reports</translation>
    </message>
    <message>
        <source>Progress reports per quarter (latest %1)</source>
        <translation>Progress reports per quarter (latest %1)</translation>
    </message>
    <message>
        <source>Progress reports per quarter (none yet)</source>
        <translation>Progress reports per quarter (none yet)</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Half-finished projects</source>
        <translation>Half-finished projects</translation>
    </message>
    <message>
        <source>Remaining investment (%1)</source>
        <translation>Remaining investment (%1)</translation>
    </message>
    <message>
        <source>Jobs planned by the half-finished projects</source>
        <translation>Jobs planned by the half-finished projects</translation>
    </message>
    <message>
        <source>Idle units (idle or semi-active)</source>
        <translation>Idle units (idle or semi-active)</translation>
    </message>
    <message>
        <source>Idle units with a market and justified</source>
        <translation>Idle units with a market and justified</translation>
    </message>
    <message>
        <source>Jobs restorable in those units</source>
        <translation>Jobs restorable in those units</translation>
    </message>
    <message>
        <source>Open obstacles</source>
        <translation>Open obstacles</translation>
    </message>
    <message>
        <source>Projects brought into operation</source>
        <translation>Projects brought into operation</translation>
    </message>
    <message>
        <source>Units returned to production</source>
        <translation>Units returned to production</translation>
    </message>
    <message>
        <source>Jobs the current plan brings back</source>
        <translation>Jobs the current plan brings back</translation>
    </message>
    <message>
        <source>Counties by remaining investment</source>
        <translation>Counties by remaining investment</translation>
    </message>
    <message>
        <source>Counties by half-finished projects</source>
        <translation>Counties by half-finished projects</translation>
    </message>
    <message>
        <source>Counties by idle units</source>
        <translation>Counties by idle units</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>No plan yet: set a budget in the ranking view.</source>
        <translation>No plan yet: set a budget in the ranking view.</translation>
    </message>
    <message>
        <source>The ranking view plans for another province.</source>
        <translation>The ranking view plans for another province.</translation>
    </message>
    <message numerus="yes">
        <source>%1 projects</source>
        <translation>
            <numerusform>%1 project</numerusform>
            <numerusform>%1 projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 units</source>
        <translation>
            <numerusform>%1 unit</numerusform>
            <numerusform>%1 units</numerusform>
        </translation>
    </message>
    <message>
        <source>policy order</source>
        <translation>policy order</translation>
    </message>
    <message>
        <source>most jobs</source>
        <translation>most jobs</translation>
    </message>
    <message>
        <source>%1 funded for %2 of %3 %4; scenario «%5», %6.</source>
        <translation>%1 funded for %2 of %3 %4; scenario «%5», %6.</translation>
    </message>
    <message>
        <source>The most-jobs plan would bring %1 more.</source>
        <translation>The most-jobs plan would bring %1 more.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::DatabaseErrors</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>The database %1 is open in another copy of Ehya. Close it there, or open a different file.</source>
        <translation>The database %1 is open in another copy of Ehya. Close it there, or open a different file.</translation>
    </message>
    <message>
        <source>The file %1 is not an Ehya database, or it is damaged. Open a backup copy instead.</source>
        <translation>The file %1 is not an Ehya database, or it is damaged. Open a backup copy instead.</translation>
    </message>
    <message>
        <source>The database %1 was saved by a newer version of Ehya. Install the newer version to open it.</source>
        <translation>The database %1 was saved by a newer version of Ehya. Install the newer version to open it.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Ehya may not read or write the file %1. Check that the folder exists and that you may write to it.</source>
        <translation>Ehya may not read or write the file %1. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>Ehya could not open the database %1.</source>
        <translation>Ehya could not open the database %1.</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Cannot create the database</translation>
    </message>
    <message>
        <source>Ehya may not write the file %1. Choose a folder you may write to.</source>
        <translation>Ehya may not write the file %1. Choose a folder you may write to.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose a new file name.</source>
        <translation>The file %1 already exists. Choose a new file name.</translation>
    </message>
    <message>
        <source>Ehya could not create the database %1.</source>
        <translation>Ehya could not create the database %1.</translation>
    </message>
    <message>
        <source>The server has no database %1. Check the name, or ask the office&apos;s database administrator.</source>
        <translation>The server has no database %1. Check the name, or ask the office&apos;s database administrator.</translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer version of Ehya. Install the newer version to open it.</source>
        <translation>The database %1 was set up by a newer version of Ehya. Install the newer version to open it.</translation>
    </message>
    <message>
        <source>Ehya could not connect to %1. Check that the server is running and reachable, that your login may use this database, and that your password is in the password file (~/.pgpass) or in PGPASSWORD.</source>
        <translation>Ehya could not connect to %1. Check that the server is running and reachable, that your login may use this database, and that your password is in the password file (~/.pgpass) or in PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::DateEdit</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
</context>
<context>
    <name>ehya::gui::EditSession</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>New project &quot;%1&quot;</source>
        <translation>New project &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit of project &quot;%1&quot;</source>
        <translation>Edit of project &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New idle unit &quot;%1&quot;</source>
        <translation>New idle unit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit of idle unit &quot;%1&quot;</source>
        <translation>Edit of idle unit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New obstacle</source>
        <translation>New obstacle</translation>
    </message>
    <message>
        <source>Edit of an obstacle</source>
        <translation>Edit of an obstacle</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Edit of an action</source>
        <translation>Edit of an action</translation>
    </message>
    <message>
        <source>Deletion of project &quot;%1&quot;</source>
        <translation>Deletion of project &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Deletion of idle unit &quot;%1&quot;</source>
        <translation>Deletion of idle unit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Progress report for &quot;%1&quot;</source>
        <translation>Progress report for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The record was deleted meanwhile.</source>
        <translation>The record was deleted meanwhile.</translation>
    </message>
    <message>
        <source>The version in the database was kept.</source>
        <translation>The version in the database was kept.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ExplanationCard</name>
    <message>
        <source>Points per criterion (they add up to the score):</source>
        <translation>Points per criterion (they add up to the score):</translation>
    </message>
    <message>
        <source>Select a row to see why it ranks there and what would move it up.</source>
        <translation>Select a row to see why it ranks there and what would move it up.</translation>
    </message>
    <message>
        <source>Rank %1 of %2, score %3 of 100.</source>
        <translation>Rank %1 of %2, score %3 of 100.</translation>
    </message>
    <message>
        <source>Tier %1: its physical progress %2 is at or above %3.</source>
        <translation>Tier %1: its physical progress %2 is at or above %3.</translation>
    </message>
    <message>
        <source>Tier %1: its physical progress %2 is below %3 (tier %4).</source>
        <translation>Tier %1: its physical progress %2 is below %3 (tier %4).</translation>
    </message>
    <message>
        <source>Tier %1: its physical progress %2 is at or above %3 but below %4 (tier %5).</source>
        <translation>Tier %1: its physical progress %2 is at or above %3 but below %4 (tier %5).</translation>
    </message>
    <message>
        <source>Idle units have no tier: they are in score order.</source>
        <translation>Idle units have no tier: they are in score order.</translation>
    </message>
    <message>
        <source>Strongest: %1, better than %2 of the others. Weakest: %3, better than %4.</source>
        <translation>Strongest: %1, better than %2 of the others. Weakest: %3, better than %4.</translation>
    </message>
    <message>
        <source>It reaches tier %1 at %2 physical progress (now %3).</source>
        <translation>It reaches tier %1 at %2 physical progress (now %3).</translation>
    </message>
    <message>
        <source>It ranks first.</source>
        <translation>It ranks first.</translation>
    </message>
    <message>
        <source>a cost of at most %1 (now %2)</source>
        <translation>a cost of at most %1 (now %2)</translation>
    </message>
    <message>
        <source>at least %1 jobs (now %2)</source>
        <translation>at least %1 jobs (now %2)</translation>
    </message>
    <message>
        <source>No change of cost or jobs alone would pass rank %1 (%2).</source>
        <translation>No change of cost or jobs alone would pass rank %1 (%2).</translation>
    </message>
    <message>
        <source>It would pass rank %1 (%2) with %3.</source>
        <translation>It would pass rank %1 (%2) with %3.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, or </translation>
    </message>
    <message>
        <source>It is funded under the plan (%1).</source>
        <translation>It is funded under the plan (%1).</translation>
    </message>
    <message>
        <source>It would be funded (%1) at a cost of at most %2 (now %3).</source>
        <translation>It would be funded (%1) at a cost of at most %2 (now %3).</translation>
    </message>
    <message>
        <source>No lower cost alone would get it funded (%1).</source>
        <translation>No lower cost alone would get it funded (%1).</translation>
    </message>
    <message>
        <source>Strongest: %1, %2 of the way from the worst to the best value. Weakest: %3, %4 of the way.</source>
        <translation>Strongest: %1, %2 of the way from the worst to the best value. Weakest: %3, %4 of the way.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ExportDialog</name>
    <message>
        <source>Half-finished projects</source>
        <translation>Half-finished projects</translation>
    </message>
    <message>
        <source>Idle units</source>
        <translation>Idle units</translation>
    </message>
    <message>
        <source>Progress reports of the projects</source>
        <translation>Progress reports of the projects</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Export as Excel</source>
        <translation>Export as Excel</translation>
    </message>
    <message>
        <source>Persian column headers</source>
        <translation>Persian column headers</translation>
    </message>
    <message>
        <source>English column keys</source>
        <translation>English column keys</translation>
    </message>
    <message>
        <source>Jalali dates</source>
        <translation>Jalali dates</translation>
    </message>
    <message>
        <source>Gregorian dates</source>
        <translation>Gregorian dates</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>ehya::gui::FilterBar</name>
    <message>
        <source>No action for </source>
        <translation>No action for </translation>
    </message>
    <message>
        <source>Any last action</source>
        <translation>Any last action</translation>
    </message>
    <message>
        <source>Find by name, licence, place or sector (Ctrl+F)</source>
        <translation>Find by name, licence, place or sector (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Any tier</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Any or none</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>Half-finished</source>
        <translation>Half-finished</translation>
    </message>
    <message>
        <source>Idle or semi-active</source>
        <translation>Idle or semi-active</translation>
    </message>
    <message>
        <source>No open obstacle</source>
        <translation>No open obstacle</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ImportDialog</name>
    <message>
        <source>The file holds half-finished projects</source>
        <translation>The file holds half-finished projects</translation>
    </message>
    <message>
        <source>The file holds idle units</source>
        <translation>The file holds idle units</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Import records</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ImportProblemModel</name>
    <message>
        <source>(the whole row)</source>
        <translation>(the whole row)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ImportResultDialog</name>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Would be added:</source>
        <translation>Would be added:</translation>
    </message>
    <message>
        <source>Would be updated:</source>
        <translation>Would be updated:</translation>
    </message>
    <message>
        <source>Problems not listed: %1.</source>
        <translation>Problems not listed: %1.</translation>
    </message>
    <message>
        <source>Rejected rows, with the reason: %1</source>
        <translation>Rejected rows, with the reason: %1</translation>
    </message>
    <message>
        <source>&amp;Open the rejects file</source>
        <translation>&amp;Open the rejects file</translation>
    </message>
    <message>
        <source>Open the file of rejected rows</source>
        <translation>Open the file of rejected rows</translation>
    </message>
    <message>
        <source>Open the rejects file</source>
        <translation>Open the rejects file</translation>
    </message>
    <message>
        <source>No program could open %1. Open it from its folder with a spreadsheet program.</source>
        <translation>No program could open %1. Open it from its folder with a spreadsheet program.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::LocationCombos</name>
    <message>
        <source>Choose a province…</source>
        <translation>Choose a province…</translation>
    </message>
    <message>
        <source>Choose a county…</source>
        <translation>Choose a county…</translation>
    </message>
    <message>
        <source>Choose the province first</source>
        <translation>Choose the province first</translation>
    </message>
    <message>
        <source>Not in an estate</source>
        <translation>Not in an estate</translation>
    </message>
</context>
<context>
    <name>ehya::gui::MainWindow</name>
    <message>
        <source>%1 — Ehya</source>
        <translation>%1 — Ehya</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>The file %1 already exists.</translation>
    </message>
    <message numerus="yes">
        <source>%1 projects</source>
        <translation type="vanished">
            <numerusform>%1 project</numerusform>
            <numerusform>%1 projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 idle units</source>
        <translation type="vanished">
            <numerusform>%1 idle unit</numerusform>
            <numerusform>%1 idle units</numerusform>
        </translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Ehya databases (*.sqlite *.db)</source>
        <translation>Ehya databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Ehya databases (*.sqlite *.db);;All files (*)</source>
        <translation>Ehya databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>About Ehya</source>
        <translation>About Ehya</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ehya %1&lt;/h3&gt;&lt;p&gt;Records of idle industrial units and half-finished industrial projects for provincial industry offices: keep them, rank them and report on them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ehya %1&lt;/h3&gt;&lt;p&gt;Records of idle industrial units and half-finished industrial projects for provincial industry offices: keep them, rank them and report on them.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Record page</source>
        <translation>&amp;Record page</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Working as %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The dashboard could not be read</source>
        <translation>The dashboard could not be read</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>The report could not be saved</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>The server&apos;s database, as postgresql://user@host:port/database.
The password comes from the password file (~/.pgpass) or PGPASSWORD; do not write it here.</source>
        <translation>The server&apos;s database, as postgresql://user@host:port/database.
The password comes from the password file (~/.pgpass) or PGPASSWORD; do not write it here.</translation>
    </message>
    <message>
        <source>On a server you work as your database login (%1)</source>
        <translation>On a server you work as your database login (%1)</translation>
    </message>
    <message>
        <source>Choose the user under whose name changes are recorded</source>
        <translation>Choose the user under whose name changes are recorded</translation>
    </message>
</context>
<context>
    <name>ehya::gui::NumberEdit</name>
    <message>
        <source>Type a whole number.</source>
        <translation>Type a whole number.</translation>
    </message>
    <message>
        <source>Use at most one decimal place.</source>
        <translation>Use at most one decimal place.</translation>
    </message>
    <message>
        <source>Use at most %1 decimal places.</source>
        <translation>Use at most %1 decimal places.</translation>
    </message>
    <message>
        <source>Type a whole number, e.g. 12.</source>
        <translation>Type a whole number, e.g. 12.</translation>
    </message>
    <message>
        <source>Type a number, e.g. 45.5.</source>
        <translation>Type a number, e.g. 45.5.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ObstacleDialog</name>
    <message>
        <source>Resolve obstacle</source>
        <translation>Resolve obstacle</translation>
    </message>
    <message>
        <source>New obstacle</source>
        <translation>New obstacle</translation>
    </message>
    <message>
        <source>Edit obstacle</source>
        <translation>Edit obstacle</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ObstacleTableModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ProgressChart</name>
    <message>
        <source>No progress reports yet</source>
        <translation>No progress reports yet</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progress over time</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Progress chart</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ProgressReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Progress report: %1</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (tier %2)</translation>
    </message>
    <message>
        <source>Dated before the latest report (%1): the project&apos;s progress stays %2.</source>
        <translation>Dated before the latest report (%1): the project&apos;s progress stays %2.</translation>
    </message>
    <message>
        <source>Tier %1, unchanged</source>
        <translation>Tier %1, unchanged</translation>
    </message>
    <message>
        <source>Tier %1 → %2</source>
        <translation>Tier %1 → %2</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ProjectForm</name>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Edit project</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Physical progress</source>
        <translation>Physical progress</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Remaining investment
(%1)</source>
        <translation>Remaining investment
(%1)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Last report</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>Permit number</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>Industrial estate</translation>
    </message>
    <message>
        <source>Invested
(%1)</source>
        <translation>Invested
(%1)</translation>
    </message>
    <message>
        <source>Expected completion</source>
        <translation>Expected completion</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RankingModel</name>
    <message>
        <source>✔ funded</source>
        <translation>✔ funded</translation>
    </message>
    <message>
        <source>skipped: does not fit</source>
        <translation>skipped: does not fit</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Licence no.</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <source>Permit no.</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Cost (%1)</translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation>Cumulative (%1)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Funded</translation>
    </message>
    <message>
        <source>Rank p5–p95</source>
        <translation>Rank p5–p95</translation>
    </message>
    <message>
        <source>Funded share</source>
        <translation>Funded share</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RankingText</name>
    <message>
        <source>cost per job</source>
        <translation>cost per job</translation>
    </message>
    <message>
        <source>physical progress</source>
        <translation>physical progress</translation>
    </message>
    <message>
        <source>remaining investment</source>
        <translation>remaining investment</translation>
    </message>
    <message>
        <source>planned jobs</source>
        <translation>planned jobs</translation>
    </message>
    <message>
        <source>export-oriented</source>
        <translation>export-oriented</translation>
    </message>
    <message>
        <source>restart cost</source>
        <translation>restart cost</translation>
    </message>
    <message>
        <source>jobs restorable</source>
        <translation>jobs restorable</translation>
    </message>
    <message>
        <source>months idle</source>
        <translation>months idle</translation>
    </message>
    <message>
        <source>policy order</source>
        <translation>policy order</translation>
    </message>
    <message>
        <source>most jobs</source>
        <translation>most jobs</translation>
    </message>
    <message>
        <source>Half-finished projects</source>
        <translation>Half-finished projects</translation>
    </message>
    <message>
        <source>Idle units</source>
        <translation>Idle units</translation>
    </message>
    <message>
        <source>The weights of projects must be zero or positive numbers.</source>
        <translation>The weights of projects must be zero or positive numbers.</translation>
    </message>
    <message>
        <source>The weights of units must be zero or positive numbers.</source>
        <translation>The weights of units must be zero or positive numbers.</translation>
    </message>
    <message>
        <source>The weights of projects are all zero: at least one must be positive.</source>
        <translation>The weights of projects are all zero: at least one must be positive.</translation>
    </message>
    <message>
        <source>The weights of units are all zero: at least one must be positive.</source>
        <translation>The weights of units are all zero: at least one must be positive.</translation>
    </message>
    <message>
        <source>The tier thresholds must decrease from tier %1 to tier %2 and tier %3, lie between 0 and 100 and have at most one decimal.</source>
        <translation>The tier thresholds must decrease from tier %1 to tier %2 and tier %3, lie between 0 and 100 and have at most one decimal.</translation>
    </message>
    <message>
        <source>The scenario is not valid.</source>
        <translation>The scenario is not valid.</translation>
    </message>
    <message>
        <source>Choosing for the most jobs would restore %1 more jobs with the same money.</source>
        <translation>Choosing for the most jobs would restore %1 more jobs with the same money.</translation>
    </message>
    <message>
        <source>Choosing for the most jobs would restore %1 fewer jobs with the same money.</source>
        <translation>Choosing for the most jobs would restore %1 fewer jobs with the same money.</translation>
    </message>
    <message>
        <source>Choosing for the most jobs would restore as many jobs with the same money.</source>
        <translation>Choosing for the most jobs would restore as many jobs with the same money.</translation>
    </message>
    <message>
        <source>The policy order would restore %1 fewer jobs with the same money.</source>
        <translation>The policy order would restore %1 fewer jobs with the same money.</translation>
    </message>
    <message>
        <source>The policy order would restore %1 more jobs with the same money.</source>
        <translation>The policy order would restore %1 more jobs with the same money.</translation>
    </message>
    <message>
        <source>The policy order would restore as many jobs with the same money.</source>
        <translation>The policy order would restore as many jobs with the same money.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RankingView</name>
    <message>
        <source>no budget</source>
        <translation>no budget</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Sensitivity…</source>
        <translation>Sensitivity…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>%1 items ranked, %2 for %3 jobs in all. Enter a budget to see what it reaches.</source>
        <translation>%1 items ranked, %2 for %3 jobs in all. Enter a budget to see what it reaches.</translation>
    </message>
    <message>
        <source>A budget of %1 funds %2 of %3 items (%4): %5 for %6 jobs; %7 left.</source>
        <translation>A budget of %1 funds %2 of %3 items (%4): %5 for %6 jobs; %7 left.</translation>
    </message>
    <message>
        <source>Choosing for the most jobs would restore %1 more jobs with the same money.</source>
        <translation type="vanished">Choosing for the most jobs would restore %1 more jobs with the same money.</translation>
    </message>
    <message>
        <source>Choosing for the most jobs would restore no more jobs.</source>
        <translation type="vanished">Choosing for the most jobs would restore no more jobs.</translation>
    </message>
    <message>
        <source>The policy order would restore %1 fewer jobs with the same money.</source>
        <translation type="vanished">The policy order would restore %1 fewer jobs with the same money.</translation>
    </message>
    <message>
        <source>There is no ranking to export.</source>
        <translation>There is no ranking to export.</translation>
    </message>
    <message>
        <source>Export the ranking</source>
        <translation>Export the ranking</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The ranking was not exported</source>
        <translation>The ranking was not exported</translation>
    </message>
    <message>
        <source>Re-ranking under %1 random changes of the weights…</source>
        <translation>Re-ranking under %1 random changes of the weights…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
    <message>
        <source>The budget is not valid (%1): no plan is shown.</source>
        <translation>The budget is not valid (%1): no plan is shown.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RecordDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RecordEditor</name>
    <message>
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>The project could not be opened</translation>
    </message>
    <message>
        <source>The idle unit could not be opened</source>
        <translation>The idle unit could not be opened</translation>
    </message>
    <message>
        <source>Delete the project &quot;%1&quot; with its progress reports, obstacles and actions?</source>
        <translation>Delete the project &quot;%1&quot; with its progress reports, obstacles and actions?</translation>
    </message>
    <message>
        <source>Delete the idle unit &quot;%1&quot; with its obstacles and actions?</source>
        <translation>Delete the idle unit &quot;%1&quot; with its obstacles and actions?</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Edit › Undo brings it back.</source>
        <translation>Edit › Undo brings it back.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>The record was not deleted</source>
        <translation>The record was not deleted</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RecordFields</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>Industrial estate</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>Permit number</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>Permit date</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Permit expiry</translation>
    </message>
    <message>
        <source>Physical progress</source>
        <translation>Physical progress</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (tier %2)</translation>
    </message>
    <message>
        <source>Invested so far</source>
        <translation>Invested so far</translation>
    </message>
    <message>
        <source>Remaining investment</source>
        <translation>Remaining investment</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>Planned jobs</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Export-oriented</source>
        <translation>Export-oriented</translation>
    </message>
    <message>
        <source>Expected completion</source>
        <translation>Expected completion</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Idle since</translation>
    </message>
    <message>
        <source>Capacity in use</source>
        <translation>Capacity in use</translation>
    </message>
    <message>
        <source>Jobs before</source>
        <translation>Jobs before</translation>
    </message>
    <message>
        <source>Restorable jobs</source>
        <translation>Restorable jobs</translation>
    </message>
    <message>
        <source>Has a market</source>
        <translation>Has a market</translation>
    </message>
    <message>
        <source>Economically justified</source>
        <translation>Economically justified</translation>
    </message>
    <message>
        <source>Working capital needed</source>
        <translation>Working capital needed</translation>
    </message>
    <message>
        <source>Fixed capital needed</source>
        <translation>Fixed capital needed</translation>
    </message>
    <message>
        <source>Revival path</source>
        <translation>Revival path</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RecordListPane</name>
    <message>
        <source>Half-finished projects</source>
        <translation>Half-finished projects</translation>
    </message>
    <message>
        <source>Idle units</source>
        <translation>Idle units</translation>
    </message>
    <message numerus="yes">
        <source>%1 projects</source>
        <translation>
            <numerusform>%1 project</numerusform>
            <numerusform>%1 projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 projects</source>
        <translation>
            <numerusform>%1 of %2 project</numerusform>
            <numerusform>%1 of %2 projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 idle units</source>
        <translation>
            <numerusform>%1 idle unit</numerusform>
            <numerusform>%1 idle units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 idle units</source>
        <translation>
            <numerusform>%1 of %2 idle unit</numerusform>
            <numerusform>%1 of %2 idle units</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Default columns</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RecordPage</name>
    <message>
        <source>No record selected</source>
        <translation>No record selected</translation>
    </message>
    <message>
        <source>Permit no. %1</source>
        <translation>Permit no. %1</translation>
    </message>
    <message>
        <source>Licence no. %1</source>
        <translation>Licence no. %1</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>This record could not be read: %1</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Progress tier of %1</source>
        <translation>Progress tier of %1</translation>
    </message>
    <message>
        <source>Progress (%1)</source>
        <translation>Progress (%1)</translation>
    </message>
    <message>
        <source>Obstacles (%1)</source>
        <translation>Obstacles (%1)</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>Actions (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>History (%1)</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ReferenceCombos</name>
    <message>
        <source>Choose a sector…</source>
        <translation>Choose a sector…</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ReferenceDataDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>The changes to %1 were saved.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ReferenceTableModel</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>ISIC division</source>
        <translation>ISIC division</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Persian name</source>
        <translation>Persian name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ReportPrinter</name>
    <message>
        <source>Ranked restart list</source>
        <translation>Ranked restart list</translation>
    </message>
    <message>
        <source>Print preview of the report</source>
        <translation>Print preview of the report</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ReportTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ScenarioPanel</name>
    <message>
        <source>Only managers change scenarios; you can see the one in use.</source>
        <translation>Only managers change scenarios; you can see the one in use.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Progress tiers (%)</source>
        <translation>Progress tiers (%)</translation>
    </message>
    <message>
        <source>Tier %1 from</source>
        <translation>Tier %1 from</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Units must have a market</source>
        <translation>Units must have a market</translation>
    </message>
    <message>
        <source>Units must be economically justified</source>
        <translation>Units must be economically justified</translation>
    </message>
    <message>
        <source>Percentile (mid-rank)</source>
        <translation>Percentile (mid-rank)</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <source>Tier first, then score</source>
        <translation>Tier first, then score</translation>
    </message>
    <message>
        <source>Score only</source>
        <translation>Score only</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (edited)</translation>
    </message>
    <message>
        <source>Choose at least one eligible status.</source>
        <translation>Choose at least one eligible status.</translation>
    </message>
    <message>
        <source>Seed policy</source>
        <translation type="vanished">Seed policy</translation>
    </message>
    <message>
        <source>Only managers change scenarios.</source>
        <translation>Only managers change scenarios.</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Name of the scenario:</translation>
    </message>
    <message>
        <source>The scenario was not saved</source>
        <translation>The scenario was not saved</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <source>Delete the scenario “%1”?</source>
        <translation>Delete the scenario “%1”?</translation>
    </message>
    <message>
        <source>The scenario was not deleted</source>
        <translation>The scenario was not deleted</translation>
    </message>
    <message>
        <source>That is the seed policy&apos;s name: choose another name.</source>
        <translation>That is the seed policy&apos;s name: choose another name.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::SettingsDialog</name>
    <message>
        <source>The calendar, digits and money unit usual for the chosen language</source>
        <translation>The calendar, digits and money unit usual for the chosen language</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>Jalali (Solar Hijri)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>Persian (۱۲۳)</source>
        <translation>Persian (۱۲۳)</translation>
    </message>
    <message>
        <source>Latin (123)</source>
        <translation>Latin (123)</translation>
    </message>
</context>
<context>
    <name>ehya::gui::TransferController</name>
    <message numerus="yes">
        <source>%n project(s) exported.</source>
        <translation>
            <numerusform>%n project exported.</numerusform>
            <numerusform>%n projects exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle unit(s) exported.</source>
        <translation>
            <numerusform>%n idle unit exported.</numerusform>
            <numerusform>%n idle units exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress report(s) exported.</source>
        <translation>
            <numerusform>%n progress report exported.</numerusform>
            <numerusform>%n progress reports exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file %1 could not be imported. Nothing was changed in the database.</source>
        <translation>The file %1 could not be imported. Nothing was changed in the database.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading %1: %2 rows so far…</source>
        <translation>Reading %1: %2 rows so far…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The list of provinces could not be read.</source>
        <translation>The list of provinces could not be read.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>The export was cancelled. No file was written.</translation>
    </message>
    <message>
        <source>The export to %1 failed. An earlier file of that name was left as it was.</source>
        <translation>The export to %1 failed. An earlier file of that name was left as it was.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Writing %1: %2 rows so far…</source>
        <translation>Writing %1: %2 rows so far…</translation>
    </message>
</context>
<context>
    <name>ehya::gui::UnitForm</name>
    <message>
        <source>New idle unit</source>
        <translation>New idle unit</translation>
    </message>
    <message>
        <source>Edit idle unit</source>
        <translation>Edit idle unit</translation>
    </message>
</context>
<context>
    <name>ehya::gui::UnitTableModel</name>
    <message>
        <source>Working capital: %1
Fixed capital: %2</source>
        <translation>Working capital: %1
Fixed capital: %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Idle since</translation>
    </message>
    <message>
        <source>Capacity in use</source>
        <translation>Capacity in use</translation>
    </message>
    <message>
        <source>Restorable jobs</source>
        <translation>Restorable jobs</translation>
    </message>
    <message>
        <source>Capital needed
(%1)</source>
        <translation>Capital needed
(%1)</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>Industrial estate</translation>
    </message>
    <message>
        <source>Jobs before idling</source>
        <translation>Jobs before idling</translation>
    </message>
</context>
<context>
    <name>ehya::gui::UserDialog</name>
    <message>
        <source>&amp;Work as %1</source>
        <translation>&amp;Work as %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>The changes to %1 were saved.</translation>
    </message>
    <message>
        <source>%1 was deactivated and can no longer be chosen.</source>
        <translation>%1 was deactivated and can no longer be chosen.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::UserTableModel</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ehya::io</name>
    <message>
        <source>unexpected text after the closing quote of a quoted field</source>
        <translation>unexpected text after the closing quote of a quoted field</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>unterminated quote</translation>
    </message>
    <message>
        <source>the file is empty; a header row was expected</source>
        <translation>the file is empty; a header row was expected</translation>
    </message>
    <message>
        <source>the header has an empty column name</source>
        <translation>the header has an empty column name</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header</source>
        <translation>the column &quot;%1&quot; appears twice in the header</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>this row has %1 fields but the header has %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation type="vanished">the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2; the file was left as it was.</source>
        <translation>Writing %1 failed: %2; the file was left as it was.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code of provinces.csv.</source>
        <translation>&quot;%1&quot; is not a province code of provinces.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a county of counties.csv in that province.</source>
        <translation>&quot;%1&quot; is not a county of counties.csv in that province.</translation>
    </message>
    <message>
        <source>%1 already exists; choose the name of a new file, the data is not written over an existing one.</source>
        <translation>%1 already exists; choose the name of a new file, the data is not written over an existing one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province.</source>
        <translation>&quot;%1&quot; is not a province.</translation>
    </message>
    <message>
        <source>No project of that province has the permit number &quot;%1&quot;.</source>
        <translation>No project of that province has the permit number &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No unit of that province has the licence number &quot;%1&quot;.</source>
        <translation>No unit of that province has the licence number &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agency of agencies.csv.</source>
        <translation>&quot;%1&quot; is not an agency of agencies.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a county of that province.</source>
        <translation>&quot;%1&quot; is not a county of that province.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an industrial estate of that province.</source>
        <translation>&quot;%1&quot; is not an industrial estate of that province.</translation>
    </message>
    <message>
        <source>The industrial estate &quot;%1&quot; is in another county.</source>
        <translation>The industrial estate &quot;%1&quot; is in another county.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISIC division or sector name.</source>
        <translation>&quot;%1&quot; is not an ISIC division or sector name.</translation>
    </message>
    <message>
        <source>The number %1 appears twice in this province.</source>
        <translation>The number %1 appears twice in this province.</translation>
    </message>
    <message>
        <source>%1: the embedded data file is missing from this build.</source>
        <translation>%1: the embedded data file is missing from this build.</translation>
    </message>
    <message>
        <source>%1:1: the header has no column &quot;%2&quot;.</source>
        <translation>%1:1: the header has no column &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values.</source>
        <translation>&quot;%1&quot; is not one of the allowed values.</translation>
    </message>
    <message>
        <source>This cell must not be empty.</source>
        <translation>This cell must not be empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more.</source>
        <translation>&quot;%1&quot; is not a whole number of zero or more.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage between 0 and 100.</source>
        <translation>&quot;%1&quot; is not a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>A date is required here.</source>
        <translation>A date is required here.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (1/0, yes/no, بله/خیر).</source>
        <translation>&quot;%1&quot; is not yes or no (1/0, yes/no, بله/خیر).</translation>
    </message>
    <message>
        <source>The database holds no provinces with counties or no sectors; load the reference data first (ehya-cli init).</source>
        <translation>The database holds no provinces with counties or no sectors; load the reference data first (ehya-cli init).</translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation>Could not read the database: %1</translation>
    </message>
    <message>
        <source>The database already holds data generated with seed %1; use another seed.</source>
        <translation>The database already holds data generated with seed %1; use another seed.</translation>
    </message>
    <message>
        <source>The numbers of projects and units cannot be negative.</source>
        <translation>The numbers of projects and units cannot be negative.</translation>
    </message>
    <message>
        <source>Writing a generated %1 row failed: %2</source>
        <translation type="vanished">Writing a generated %1 row failed: %2</translation>
    </message>
    <message>
        <source>Could not prepare the generator&apos;s inserts: %1</source>
        <translation type="vanished">Could not prepare the generator&apos;s inserts: %1</translation>
    </message>
    <message>
        <source>Could not prepare the generator&apos;s audit insert: %1</source>
        <translation type="vanished">Could not prepare the generator&apos;s audit insert: %1</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
    <message>
        <source>Reading the ranked records failed: %1</source>
        <translation type="vanished">Reading the ranked records failed: %1</translation>
    </message>
    <message>
        <source>reading stopped: %1</source>
        <translation>reading stopped: %1</translation>
    </message>
    <message>
        <source>the file changed while it was being read (%1 of its %2 bytes were read)</source>
        <translation>the file changed while it was being read (%1 of its %2 bytes were read)</translation>
    </message>
    <message>
        <source>this field is longer than %1 characters or its row longer than %2; is this really a CSV file?</source>
        <translation>this field is longer than %1 characters or its row longer than %2; is this really a CSV file?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>&quot;%1&quot; is not a percentage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2 (or their Persian labels).</source>
        <translation>&quot;%1&quot; is not one of: %2 (or their Persian labels).</translation>
    </message>
    <message>
        <source>%1:1:%2: the column map sends &quot;%3&quot; to &quot;%4&quot;, which is not a column key.</source>
        <translation>%1:1:%2: the column map sends &quot;%3&quot; to &quot;%4&quot;, which is not a column key.</translation>
    </message>
    <message>
        <source>%1:1:%2: unknown column &quot;%3&quot;; name it with a key of docs/csv-format.md, or map it with --map &quot;%3=KEY&quot; (&quot;%3=-&quot; ignores it).</source>
        <translation type="vanished">%1:1:%2: unknown column &quot;%3&quot;; name it with a key of docs/csv-format.md, or map it with --map &quot;%3=KEY&quot; (&quot;%3=-&quot; ignores it).</translation>
    </message>
    <message>
        <source>%1:1:%2: the column &quot;%3&quot; holds %4, like column %5 (&quot;%6&quot;); keep one of them.</source>
        <translation type="vanished">%1:1:%2: the column &quot;%3&quot; holds %4, like column %5 (&quot;%6&quot;); keep one of them.</translation>
    </message>
    <message>
        <source>%1:1: the column &quot;%2&quot; (%3) is missing.</source>
        <translation>%1:1: the column &quot;%2&quot; (%3) is missing.</translation>
    </message>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>Cannot write the rejects file %1: %2</translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="vanished">reason</translation>
    </message>
    <message>
        <source>Writing the rejects file %1 failed: %2</source>
        <translation>Writing the rejects file %1 failed: %2</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>the file has a header but no data rows</translation>
    </message>
    <message>
        <source>the number %1 is already on line %2 of this file for the same province.</source>
        <translation>the number %1 is already on line %2 of this file for the same province.</translation>
    </message>
    <message>
        <source>Progress reports are exported, not imported.</source>
        <translation>Progress reports are exported, not imported.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Columns not imported: %1.</translation>
    </message>
    <message>
        <source>Writing the CSV failed.</source>
        <translation>Writing the CSV failed.</translation>
    </message>
    <message>
        <source>this is not a text file: it holds a zero byte (binary data?)</source>
        <translation>this is not a text file: it holds a zero byte (binary data?)</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1256 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>the file is neither UTF-8 nor Windows-1256 text; save it as &quot;CSV UTF-8&quot; and try again</translation>
    </message>
    <message>
        <source>these bytes are not UTF-8, though the file began as UTF-8; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>these bytes are not UTF-8, though the file began as UTF-8; save it as &quot;CSV UTF-8&quot; and try again</translation>
    </message>
    <message>
        <source>the UTF-16 text ends in the middle of a character</source>
        <translation>the UTF-16 text ends in the middle of a character</translation>
    </message>
    <message>
        <source>this is not a text file: it holds a zero character (binary data?)</source>
        <translation>this is not a text file: it holds a zero character (binary data?)</translation>
    </message>
    <message>
        <source>%1 was read as Windows-1256 (an old Excel export), not UTF-8.</source>
        <translation>%1 was read as Windows-1256 (an old Excel export), not UTF-8.</translation>
    </message>
    <message>
        <source>%1 was read as UTF-16 text.</source>
        <translation>%1 was read as UTF-16 text.</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1</source>
        <translation>the workbook is damaged: %1</translation>
    </message>
    <message>
        <source>%1 in the workbook is too large (more than %2 bytes); it is not read</source>
        <translation>%1 in the workbook is too large (more than %2 bytes); it is not read</translation>
    </message>
    <message>
        <source>%1 cannot be read (error %2)</source>
        <translation>%1 cannot be read (error %2)</translation>
    </message>
    <message>
        <source>%1 holds a text longer than %2 bytes; it is not read</source>
        <translation>%1 holds a text longer than %2 bytes; it is not read</translation>
    </message>
    <message>
        <source>the checksum of %1 does not match its data</source>
        <translation>the checksum of %1 does not match its data</translation>
    </message>
    <message>
        <source>it is a damaged or cut-short zip archive</source>
        <translation>it is a damaged or cut-short zip archive</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>it is not a zip archive</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>it has no %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 cannot be opened</translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation>it has no worksheet</translation>
    </message>
    <message>
        <source>a text in the workbook is longer than %1 characters</source>
        <translation>a text in the workbook is longer than %1 characters</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (%2, line %3)</source>
        <translation>%1 is not well-formed XML (%2, line %3)</translation>
    </message>
    <message>
        <source>this is not an XLSX workbook (%1)</source>
        <translation>this is not an XLSX workbook (%1)</translation>
    </message>
    <message>
        <source>the cell is longer than %1 characters</source>
        <translation>the cell is longer than %1 characters</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not valid</source>
        <translation>the row number &quot;%1&quot; is not valid</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is not valid</source>
        <translation>the cell reference &quot;%1&quot; is not valid</translation>
    </message>
    <message>
        <source>the cell refers to shared text number %1, which the workbook does not have</source>
        <translation>the cell refers to shared text number %1, which the workbook does not have</translation>
    </message>
    <message>
        <source>the cell holds a spreadsheet error %1</source>
        <translation>the cell holds a spreadsheet error %1</translation>
    </message>
    <message>
        <source>the cell should hold a number but holds &quot;%1&quot;</source>
        <translation>the cell should hold a number but holds &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the sheet is empty; a header row was expected</source>
        <translation>the sheet is empty; a header row was expected</translation>
    </message>
    <message>
        <source>a sheet holds at most %1 rows; this export has more</source>
        <translation>a sheet holds at most %1 rows; this export has more</translation>
    </message>
    <message>
        <source>the text has %1 characters; a spreadsheet cell holds at most %2</source>
        <translation>the text has %1 characters; a spreadsheet cell holds at most %2</translation>
    </message>
    <message>
        <source>%1:1:%2: unknown column &quot;%3&quot;; name it with a key of docs/csv-format.md, or map it with --map &quot;%3=key&quot; (&quot;%3=-&quot; ignores it).</source>
        <translation>%1:1:%2: unknown column &quot;%3&quot;; name it with a key of docs/csv-format.md, or map it with --map &quot;%3=key&quot; (&quot;%3=-&quot; ignores it).</translation>
    </message>
    <message>
        <source>%1:1:%2: the column &quot;%3&quot; is read as %4, as column %5 (&quot;%6&quot;) is; keep one of them.</source>
        <translation>%1:1:%2: the column &quot;%3&quot; is read as %4, as column %5 (&quot;%6&quot;) is; keep one of them.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>tier %1</translation>
    </message>
    <message>
        <source>others</source>
        <translation>others</translation>
    </message>
    <message>
        <source>No item is eligible: the list is empty.</source>
        <translation>No item is eligible: the list is empty.</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>funded</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>not funded</translation>
    </message>
    <message>
        <source>Tiers by progress: %1 from %2%, %3 from %4%, %5 from %6%, %7 below.</source>
        <translation>Tiers by progress: %1 from %2%, %3 from %4%, %5 from %6%, %7 below.</translation>
    </message>
    <message>
        <source>Projects per tier</source>
        <translation>Projects per tier</translation>
    </message>
    <message>
        <source>Units per county</source>
        <translation>Units per county</translation>
    </message>
    <message>
        <source>Remaining investment per tier (%1)</source>
        <translation>Remaining investment per tier (%1)</translation>
    </message>
    <message>
        <source>Restart cost per county (%1)</source>
        <translation>Restart cost per county (%1)</translation>
    </message>
    <message>
        <source>Jobs per tier</source>
        <translation>Jobs per tier</translation>
    </message>
    <message>
        <source>Jobs per county</source>
        <translation>Jobs per county</translation>
    </message>
    <message>
        <source>Restart list of half-finished projects</source>
        <translation>Restart list of half-finished projects</translation>
    </message>
    <message>
        <source>Restart list of idle units</source>
        <translation>Restart list of idle units</translation>
    </message>
    <message>
        <source>every province</source>
        <translation>every province</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Items in the list</source>
        <translation>Items in the list</translation>
    </message>
    <message>
        <source>Cost of the whole list</source>
        <translation>Cost of the whole list</translation>
    </message>
    <message>
        <source>Jobs of the whole list</source>
        <translation>Jobs of the whole list</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>none (no plan)</source>
        <translation>none (no plan)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>policy (rank order)</source>
        <translation>policy (rank order)</translation>
    </message>
    <message>
        <source>max-jobs (most jobs for the budget)</source>
        <translation>max-jobs (most jobs for the budget)</translation>
    </message>
    <message>
        <source>Items funded</source>
        <translation>Items funded</translation>
    </message>
    <message>
        <source>Money committed</source>
        <translation>Money committed</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Budget left</translation>
    </message>
    <message>
        <source>Jobs restored</source>
        <translation>Jobs restored</translation>
    </message>
    <message>
        <source>More jobs with max-jobs</source>
        <translation>More jobs with max-jobs</translation>
    </message>
    <message>
        <source>max-jobs optimum at most</source>
        <translation>max-jobs optimum at most</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation>The whole list</translation>
    </message>
    <message>
        <source>The budget plan</source>
        <translation>The budget plan</translation>
    </message>
    <message>
        <source>Could not start painting the report.</source>
        <translation>Could not start painting the report.</translation>
    </message>
    <message>
        <source>Could not start a new page of the report.</source>
        <translation>Could not start a new page of the report.</translation>
    </message>
    <message>
        <source>Could not finish painting the report.</source>
        <translation>Could not finish painting the report.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Progress
(%)</source>
        <translation>Progress
(%)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Cumulative cost</source>
        <translation>Cumulative cost</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Funded</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Seed policy</source>
        <translation>Seed policy</translation>
    </message>
    <message>
        <source>Fewer jobs with max-jobs</source>
        <translation>Fewer jobs with max-jobs</translation>
    </message>
    <message>
        <source>Jobs with max-jobs</source>
        <translation>Jobs with max-jobs</translation>
    </message>
    <message>
        <source>as many</source>
        <translation>as many</translation>
    </message>
    <message>
        <source>The database %1 already holds data; the data is not written over it.</source>
        <translation>The database %1 already holds data; the data is not written over it.</translation>
    </message>
</context>
<context>
    <name>ehya::storage</name>
    <message>
        <source>Cannot open the backup copy</source>
        <translation>Cannot open the backup copy</translation>
    </message>
    <message>
        <source>Cannot check the backup copy</source>
        <translation>Cannot check the backup copy</translation>
    </message>
    <message>
        <source>The backup copy is damaged: %1</source>
        <translation>The backup copy is damaged: %1</translation>
    </message>
    <message>
        <source>The backup copy does not have schema version %1.</source>
        <translation>The backup copy does not have schema version %1.</translation>
    </message>
    <message>
        <source>Backups of a server database are made on the server (pg_dump), not by Ehya.</source>
        <translation>Backups of a server database are made on the server (pg_dump), not by Ehya.</translation>
    </message>
    <message>
        <source>A backup cannot be made while changes are being saved.</source>
        <translation>A backup cannot be made while changes are being saved.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>The backup folder %1 is read-only.</source>
        <translation>The backup folder %1 is read-only.</translation>
    </message>
    <message>
        <source>The backup into %1 failed: %2</source>
        <translation>The backup into %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation>Cannot name the backup %1.</translation>
    </message>
    <message>
        <source>Project %1 has an unknown status &apos;%2&apos;.</source>
        <translation>Project %1 has an unknown status &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Idle unit %1 has an unknown status &apos;%2&apos;.</source>
        <translation>Idle unit %1 has an unknown status &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 cannot be opened.</source>
        <translation>The folder %1 does not exist, so the database %2 cannot be opened.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the database %2 cannot be created there.</source>
        <translation>The folder %1 is read-only, so the database %2 cannot be created there.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation>The database file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is not an Ehya database (it is not a SQLite file).</source>
        <translation>The file %1 is not an Ehya database (it is not a SQLite file).</translation>
    </message>
    <message>
        <source>The database file %1 is read-only; Ehya needs to write to it. Copy it somewhere writable.</source>
        <translation>The database file %1 is read-only; Ehya needs to write to it. Copy it somewhere writable.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; Ehya needs to write its journal next to the database %2.</source>
        <translation>The folder %1 is read-only; Ehya needs to write its journal next to the database %2.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Ehya window (process %2 on %3). Close it there, then try again.</source>
        <translation>The database %1 is already open in another Ehya window (process %2 on %3). Close it there, then try again.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 next to the database.</source>
        <translation>Cannot create the lock file %1 next to the database.</translation>
    </message>
    <message>
        <source>Server mode (PostgreSQL) is not implemented yet; open a database file instead.</source>
        <translation type="vanished">Server mode (PostgreSQL) is not implemented yet; open a database file instead.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>The file %1 is not a usable Ehya database: %2</source>
        <translation>The file %1 is not a usable Ehya database: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database</source>
        <translation>Cannot configure the database</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Ehya (schema version %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>The database %1 was made by a newer version of Ehya (schema version %2; this version knows up to %3). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>Cannot switch the database to WAL mode</source>
        <translation>Cannot switch the database to WAL mode</translation>
    </message>
    <message>
        <source>The database %1 cannot use a write-ahead journal in its folder.</source>
        <translation>The database %1 cannot use a write-ahead journal in its folder.</translation>
    </message>
    <message>
        <source>The database check failed</source>
        <translation>The database check failed</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>The database is damaged: %1</translation>
    </message>
    <message>
        <source>Cannot start a database transaction</source>
        <translation>Cannot start a database transaction</translation>
    </message>
    <message>
        <source>There is no database transaction to commit.</source>
        <translation>There is no database transaction to commit.</translation>
    </message>
    <message>
        <source>Cannot save the changes</source>
        <translation>Cannot save the changes</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>The transaction was already finished.</translation>
    </message>
    <message>
        <source>Project %1 does not exist.</source>
        <translation>Project %1 does not exist.</translation>
    </message>
    <message>
        <source>Unit %1 does not exist.</source>
        <translation>Unit %1 does not exist.</translation>
    </message>
    <message>
        <source>The %1 was not saved: %2</source>
        <translation>The %1 was not saved: %2</translation>
    </message>
    <message>
        <source>The %1 %2</source>
        <translation>The %1 %2</translation>
    </message>
    <message>
        <source>The action was not saved: agency %1 does not exist.</source>
        <translation>The action was not saved: agency %1 does not exist.</translation>
    </message>
    <message>
        <source>obstacle</source>
        <translation>obstacle</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; (permit %2)</source>
        <translation>Project &quot;%1&quot; (permit %2)</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; was not saved: %2</source>
        <translation>Project &quot;%1&quot; was not saved: %2</translation>
    </message>
    <message>
        <source>Another project in this province already has the permit number %1 (project %2).</source>
        <translation>Another project in this province already has the permit number %1 (project %2).</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Project %1</translation>
    </message>
    <message>
        <source>The progress report was not saved: %1</source>
        <translation>The progress report was not saved: %1</translation>
    </message>
    <message>
        <source>The progress report refers to project %1, which does not exist.</source>
        <translation>The progress report refers to project %1, which does not exist.</translation>
    </message>
    <message>
        <source>The Persian name of the %1 is empty.</source>
        <translation>The Persian name of the %1 is empty.</translation>
    </message>
    <message>
        <source>The province code is empty.</source>
        <translation>The province code is empty.</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <source>The county %1 refers to province %2, which does not exist.</source>
        <translation>The county %1 refers to province %2, which does not exist.</translation>
    </message>
    <message>
        <source>industrial estate</source>
        <translation>industrial estate</translation>
    </message>
    <message>
        <source>The industrial estate %1 refers to county %2, which does not exist.</source>
        <translation>The industrial estate %1 refers to county %2, which does not exist.</translation>
    </message>
    <message>
        <source>The ISIC division of a sector must be two digits; it is &quot;%1&quot;.</source>
        <translation>The ISIC division of a sector must be two digits; it is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>The login of a user is empty.</source>
        <translation>The login of a user is empty.</translation>
    </message>
    <message>
        <source>Scenario &apos;%1&apos;: %2</source>
        <translation>Scenario &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1 must be an object of criterion: weight</source>
        <translation>%1 must be an object of criterion: weight</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos; in %2</source>
        <translation>unknown criterion &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>the weight of %1 must be a number</source>
        <translation>the weight of %1 must be a number</translation>
    </message>
    <message>
        <source>%1 must be a list of statuses</source>
        <translation>%1 must be a list of statuses</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; in %2</source>
        <translation>unknown status &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>the parameters are not a JSON object (%1)</source>
        <translation>the parameters are not a JSON object (%1)</translation>
    </message>
    <message>
        <source>tiers must be three numbers, e.g. [75, 50, 25]</source>
        <translation>tiers must be three numbers, e.g. [75, 50, 25]</translation>
    </message>
    <message>
        <source>normalisation must be mid_rank or min_max</source>
        <translation>normalisation must be mid_rank or min_max</translation>
    </message>
    <message>
        <source>ordering must be tier_first or score_only</source>
        <translation>ordering must be tier_first or score_only</translation>
    </message>
    <message>
        <source>There is no scenario named &apos;%1&apos;; the scenarios are: %2.</source>
        <translation>There is no scenario named &apos;%1&apos;; the scenarios are: %2.</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>A scenario needs a name.</translation>
    </message>
    <message>
        <source>The seed policy cannot be changed; save it under another name.</source>
        <translation>The seed policy cannot be changed; save it under another name.</translation>
    </message>
    <message>
        <source>Scenario &apos;%1&apos;</source>
        <translation>Scenario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The seed policy cannot be deleted.</source>
        <translation>The seed policy cannot be deleted.</translation>
    </message>
    <message>
        <source>The database has no valid schema version; it was not made by Ehya.</source>
        <translation>The database has no valid schema version; it was not made by Ehya.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed, so nothing was changed. %2</source>
        <translation>Upgrading the database to schema version %1 failed, so nothing was changed. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not prepare a database query</source>
        <translation>Could not prepare a database query</translation>
    </message>
    <message>
        <source>A database query failed</source>
        <translation>A database query failed</translation>
    </message>
    <message>
        <source>Province %1 does not exist.</source>
        <translation>Province %1 does not exist.</translation>
    </message>
    <message>
        <source>County %1 does not exist.</source>
        <translation>County %1 does not exist.</translation>
    </message>
    <message>
        <source>County %1 is not in province %2.</source>
        <translation>County %1 is not in province %2.</translation>
    </message>
    <message>
        <source>Industrial estate %1 does not exist.</source>
        <translation>Industrial estate %1 does not exist.</translation>
    </message>
    <message>
        <source>Industrial estate %1 is not in county %2.</source>
        <translation>Industrial estate %1 is not in county %2.</translation>
    </message>
    <message>
        <source>Sector %1 does not exist.</source>
        <translation>Sector %1 does not exist.</translation>
    </message>
    <message>
        <source>The database did not return the new id of a %1 row.</source>
        <translation>The database did not return the new id of a %1 row.</translation>
    </message>
    <message>
        <source>%1 no longer exists; someone else deleted it.</source>
        <translation>%1 no longer exists; someone else deleted it.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Reopen it to see their changes, then edit again.</source>
        <translation>%1 was changed by someone else since you opened it. Reopen it to see their changes, then edit again.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it, so it was not deleted. Reopen it and try again.</source>
        <translation>%1 was changed by someone else since you opened it, so it was not deleted. Reopen it and try again.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; was not saved: %2</source>
        <translation>Unit &quot;%1&quot; was not saved: %2</translation>
    </message>
    <message>
        <source>Another unit in this province already has the operation licence number %1 (unit %2).</source>
        <translation>Another unit in this province already has the operation licence number %1 (unit %2).</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; (licence %2)</source>
        <translation>Unit &quot;%1&quot; (licence %2)</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Unit %1</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not an Ehya database; it was left as it was.</source>
        <translation>%1 is a database of another program, not an Ehya database; it was left as it was.</translation>
    </message>
    <message>
        <source>Writing a %1 row failed: %2</source>
        <translation>Writing a %1 row failed: %2</translation>
    </message>
    <message>
        <source>Could not prepare the bulk inserts: %1</source>
        <translation>Could not prepare the bulk inserts: %1</translation>
    </message>
    <message>
        <source>Could not prepare the bulk audit insert: %1</source>
        <translation>Could not prepare the bulk audit insert: %1</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Progress report %1</translation>
    </message>
    <message>
        <source>The %1 %2 no longer exists; someone else deleted it.</source>
        <translation>The %1 %2 no longer exists; someone else deleted it.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>The %1 %2 does not exist.</translation>
    </message>
    <message>
        <source>The province already has a county named %1.</source>
        <translation>The province already has a county named %1.</translation>
    </message>
    <message>
        <source>The ISIC division %1 is already the sector %2.</source>
        <translation>The ISIC division %1 is already the sector %2.</translation>
    </message>
    <message>
        <source>The login %1 is taken by another user.</source>
        <translation>The login %1 is taken by another user.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>%1 is the last active manager: make another user a manager first.</source>
        <translation>%1 is the last active manager: make another user a manager first.</translation>
    </message>
    <message>
        <source>A database query failed: %1</source>
        <translation>A database query failed: %1</translation>
    </message>
    <message>
        <source>Writing the table %1 of %2 failed: %3</source>
        <translation>Writing the table %1 of %2 failed: %3</translation>
    </message>
    <message>
        <source>Could not start reading %1: %2</source>
        <translation>Could not start reading %1: %2</translation>
    </message>
    <message>
        <source>The table %1 of %2 is not one that this version of Ehya copies; nothing was copied.</source>
        <translation>The table %1 of %2 is not one that this version of Ehya copies; nothing was copied.</translation>
    </message>
    <message>
        <source>The table %1 is in %2 but not in %3; both databases must have the same schema.</source>
        <translation>The table %1 is in %2 but not in %3; both databases must have the same schema.</translation>
    </message>
    <message>
        <source>The column %1 of the table %2 is in %3 but not in %4; both databases must have the same schema.</source>
        <translation>The column %1 of the table %2 is in %3 but not in %4; both databases must have the same schema.</translation>
    </message>
    <message>
        <source>%1 already holds records (the table %2 has %L3 rows); copy writes only into a new or empty database.</source>
        <translation>%1 already holds records (the table %2 has %L3 rows); copy writes only into a new or empty database.</translation>
    </message>
    <message>
        <source>%1 cannot be copied onto itself.</source>
        <translation>%1 cannot be copied onto itself.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at version %4; both must be at the same version.</source>
        <translation>%1 is at schema version %2 and %3 at version %4; both must be at the same version.</translation>
    </message>
    <message>
        <source>The copy was stopped at the table %1; nothing was written to %2.</source>
        <translation>The copy was stopped at the table %1; nothing was written to %2.</translation>
    </message>
    <message>
        <source>The table %1 of %2 does not match its source after the copy (%L3 rows read, %L4 found; checksums %5 and %6); nothing was kept.</source>
        <translation>The table %1 of %2 does not match its source after the copy (%L3 rows read, %L4 found; checksums %5 and %6); nothing was kept.</translation>
    </message>
    <message>
        <source>Reading the columns of the table %1 of %2 failed: %3</source>
        <translation>Reading the columns of the table %1 of %2 failed: %3</translation>
    </message>
    <message>
        <source>Reading the table %1 of %2 failed: %3</source>
        <translation>Reading the table %1 of %2 failed: %3</translation>
    </message>
    <message>
        <source>The database %1 does not exist, and the server refused a connection to create it: %2</source>
        <translation>The database %1 does not exist, and the server refused a connection to create it: %2</translation>
    </message>
    <message>
        <source>The database %1 does not exist and cannot be created: %2</source>
        <translation>The database %1 does not exist and cannot be created: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed; install libqt6sql6-psql to use a server.</source>
        <translation>The PostgreSQL driver of Qt (QPSQL) is not installed; install libqt6sql6-psql to use a server.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation>Cannot connect to the database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is not a usable Ehya database: %2</source>
        <translation>The database %1 is not a usable Ehya database: %2</translation>
    </message>
    <message>
        <source>The server location %1 is not valid: %2. Write it as postgresql://user@host:port/database.</source>
        <translation>The server location %1 is not valid: %2. Write it as postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>it is not a valid address</source>
        <translation>it is not a valid address</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>it does not start with postgresql://</translation>
    </message>
    <message>
        <source>The server location must not hold a password (it would show in the process list and in logs). Put the password in ~/.pgpass or in the PGPASSWORD variable, and write the location as postgresql://user@host:port/database.</source>
        <translation>The server location must not hold a password (it would show in the process list and in logs). Put the password in ~/.pgpass or in the PGPASSWORD variable, and write the location as postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; contains a slash</source>
        <translation>the database name &quot;%1&quot; contains a slash</translation>
    </message>
    <message>
        <source>The server has no Ehya group roles (ehya_officer, ehya_manager, ehya_admin), so the database&apos;s row-level security cannot be set up. A superuser runs scripts/server/roles.sql once on the server first; see docs/server.md.</source>
        <translation>The server has no Ehya group roles (ehya_officer, ehya_manager, ehya_admin), so the database&apos;s row-level security cannot be set up. A superuser runs scripts/server/roles.sql once on the server first; see docs/server.md.</translation>
    </message>
    <message>
        <source>%1: another user&apos;s change collided with this one on the server (%2), so nothing was saved. Try again.</source>
        <translation>%1: another user&apos;s change collided with this one on the server (%2), so nothing was saved. Try again.</translation>
    </message>
    <message>
        <source>%1: the record belongs to a province you may not change, so the server refused it (%2).</source>
        <translation>%1: the record belongs to a province you may not change, so the server refused it (%2).</translation>
    </message>
    <message>
        <source>%1: your database role may not do this; ask the administrator of the server (%2).</source>
        <translation>%1: your database role may not do this; ask the administrator of the server (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist: someone else deleted it, or it belongs to a province you may not see.</source>
        <translation>%1 does not exist: someone else deleted it, or it belongs to a province you may not see.</translation>
    </message>
    <message>
        <source>%1 belongs to a province you may not change, so it was not saved.</source>
        <translation>%1 belongs to a province you may not change, so it was not saved.</translation>
    </message>
    <message>
        <source>Project %1 belongs to a province you may not change, so the progress report was not saved.</source>
        <translation>Project %1 belongs to a province you may not change, so the progress report was not saved.</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is not one Ehya passes on (it takes %2)</source>
        <translation>the setting &quot;%1&quot; is not one Ehya passes on (it takes %2)</translation>
    </message>
    <message>
        <source>the value of the setting &quot;%1&quot; holds a space, &apos;;&apos;, &apos;=&apos; or a quote</source>
        <translation>the value of the setting &quot;%1&quot; holds a space, &apos;;&apos;, &apos;=&apos; or a quote</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Records of idle industrial units and half-finished industrial projects.</source>
        <translation>Records of idle industrial units and half-finished industrial projects.</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation type="vanished">Open the database FILE.</translation>
    </message>
    <message>
        <source>Language of the interface: fa or en.</source>
        <translation>Language of the interface: fa or en.</translation>
    </message>
    <message>
        <source>Open on this tab: projects, units, ranking or dashboard.</source>
        <translation>Open on this tab: projects, units, ranking or dashboard.</translation>
    </message>
    <message>
        <source>Open the database FILE, or a server&apos;s database postgresql://user@host:port/database.</source>
        <translation>Open the database FILE, or a server&apos;s database postgresql://user@host:port/database.</translation>
    </message>
</context>
</TS>
