<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation>
            <numerusform>%1 project</numerusform>
            <numerusform>%1 projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 idle units</source>
        <translation>
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
        <translation>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</translation>
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
        <translation>Writing a generated %1 row failed: %2</translation>
    </message>
    <message>
        <source>Could not prepare the generator&apos;s inserts: %1</source>
        <translation>Could not prepare the generator&apos;s inserts: %1</translation>
    </message>
    <message>
        <source>Could not prepare the generator&apos;s audit insert: %1</source>
        <translation>Could not prepare the generator&apos;s audit insert: %1</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
    <message>
        <source>Reading the ranked records failed: %1</source>
        <translation>Reading the ranked records failed: %1</translation>
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
        <translation>Server mode (PostgreSQL) is not implemented yet; open a database file instead.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Records of idle industrial units and half-finished industrial projects.</source>
        <translation>Records of idle industrial units and half-finished industrial projects.</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Open the database FILE.</translation>
    </message>
    <message>
        <source>Language of the interface: fa or en.</source>
        <translation>Language of the interface: fa or en.</translation>
    </message>
</context>
</TS>
