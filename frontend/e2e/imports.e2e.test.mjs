// Bringing a bank's statement in: a German CSV (Windows-1252, semicolons, decimal comma) through every step of
// the wizard, the balance and history after the commit, the same file again (every row a duplicate), undo, an
// OFX file dropped on the page, a commit refused for lack of funds, and the screens at phone and desktop widths.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertAccessible, assertNoOverflow, base, logIn, newUser, SCHEMES, step, watch, withBrowser,
} from './support.mjs';

const run = withBrowser();
const { problems } = run;

/** Text in Windows-1252: Latin-1 for the letters used here, and the euro sign at 0x80 (not in Latin-1). */
function windows1252(text) {
  return Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
}

/** Salary in, bakery, two identical coffees on one day (both real), electricity, and a row with no valid day. */
const GERMAN_CSV = windows1252([
  'Buchungstag;Empfänger;Verwendungszweck;Betrag',
  '01.06.2026;Arbeitgeber GmbH;Gehalt Juni;2.500,00',
  '02.06.2026;Bäckerei Müller;Brötchen;-3,50',
  '15.06.2026;Café Größe;Kaffee;-2,80',
  '15.06.2026;Café Größe;Kaffee;-2,80',
  '20.06.2026;Stadtwerke;Strom Juni, Gebühr 1,00 €;-45,00',
  '31.02.2026;Niemand;Kein Tag;-1,00',
  '',
].join('\r\n'));

/** OFX 1.x: SGML headers and elements without closing tags, as banks still send them. */
const OFX = Buffer.from([
  'OFXHEADER:100', 'DATA:OFXSGML', 'VERSION:102', 'SECURITY:NONE', 'ENCODING:USASCII', 'CHARSET:1252',
  'COMPRESSION:NONE', 'OLDFILEUID:NONE', 'NEWFILEUID:NONE', '',
  '<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20260801120000<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>',
  '<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>EUR',
  '<BANKACCTFROM><BANKID>123<ACCTID>456<ACCTTYPE>CHECKING</BANKACCTFROM>',
  '<BANKTRANLIST><DTSTART>20260701<DTEND>20260731',
  '<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260701<TRNAMT>100.00<FITID>OFX-1<NAME>Refund shop<MEMO>Returned shoes</STMTTRN>',
  '<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260703<TRNAMT>-12.40<FITID>OFX-2<NAME>Book store<MEMO>Novel</STMTTRN>',
  '<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260709<TRNAMT>-7.60<FITID>OFX-3<NAME>Cinema</STMTTRN>',
  '</BANKTRANLIST><LEDGERBAL><BALAMT>80.00<DTASOF>20260731</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>',
  '',
].join('\r\n'));

/** One withdrawal and nothing to pay it from. */
const RENT_CSV = Buffer.from('Date,Payee,Amount\n2026-06-01,Landlord,-950.00\n');

async function openWizard(page, user, account, name) {
  await page.goto(`${base}/u/${user.username}/accounts/${account}`);
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Import a statement' }).click();
  await page.getByRole('heading', { name: 'Choose the statement', level: 2 }).waitFor();
}

async function chooseFile(page, name, mimeType, buffer) {
  await page.setInputFiles('#import-file', { name, mimeType, buffer });
  await page.getByTestId('detected-format').waitFor();
}

/** Says which column holds what, whatever the server suggested (each change reads the first rows again). */
async function mapGermanColumns(page) {
  await page.locator('#import-date-column').selectOption({ label: 'Buchungstag' });
  await page.locator('#import-date-format').selectOption('dd.MM.yyyy');
  await page.getByRole('radio', { name: 'One amount column' }).check();
  await page.locator('#import-amount-column').selectOption({ label: 'Betrag' });
  await page.locator('#import-decimal').selectOption('comma');
  await page.locator('#import-payee-column').selectOption({ label: 'Empfänger' });
  const description = page.getByRole('checkbox', { name: 'Verwendungszweck' });
  if (!await description.isChecked()) {
    await description.check();
  }
  for (const other of ['Buchungstag', 'Empfänger', 'Betrag']) {
    const box = page.getByRole('checkbox', { name: other, exact: true });
    if (await box.isChecked()) {
      await box.uncheck();
    }
  }
}

async function toPreview(page) {
  await page.getByRole('button', { name: 'Check all rows' }).click();
  await page.getByRole('heading', { name: 'Choose the rows to import', level: 2 }).waitFor();
  await page.getByTestId('preview-rows').waitFor();
}

const previewRow = (page, text) => page.getByTestId('preview-rows').locator('li').filter({ hasText: text });

test('a German CSV in, the same file again as duplicates, undo, an OFX file dropped in', async () => {
  const user = await newUser('imp');
  const giro = await user.open('Giro', 'EUR');
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  await openWizard(page, user, giro, 'Giro');

  await step(page, '90-import-csv-read', async () => {
    await chooseFile(page, 'juni.csv', 'text/csv', GERMAN_CSV);
    assert.match(await page.getByTestId('detected-format').textContent(), /CSV/);
    assert.equal((await page.locator('#import-encoding').inputValue()).toLowerCase(), 'windows-1252');
    assert.equal(await page.locator('#import-delimiter').inputValue(), ';');
    assert.equal(await page.getByRole('checkbox', { name: 'The first line names the columns' }).isChecked(), true);
    await mapGermanColumns(page);
    const first = page.getByTestId('first-rows');
    await first.getByText('Bäckerei Müller · Brötchen').waitFor();
    await first.getByText('Strom Juni, Gebühr 1,00 €', { exact: false }).waitFor();
    assert.match(await first.locator('li').filter({ hasText: 'Arbeitgeber' }).textContent(), /\+€2,500\.00/);
    assert.match(await first.locator('li').filter({ hasText: 'Bäckerei' }).textContent(), /−€3\.50/);
    await page.getByRole('button', { name: 'Save mapping as…' }).click();
    await page.getByLabel('Name of the mapping').fill('Sparkasse');
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await page.getByText('Mapping “Sparkasse” saved').waitFor();
  });

  await step(page, '91-import-csv-preview', async () => {
    await toPreview(page);
    assert.equal(await page.getByTestId('preview-counts').textContent(), '6 rows · 5 new · 0 duplicates · 1 invalid');
    assert.equal(await previewRow(page, 'Café Größe').count(), 2, 'two identical coffees on one day are both kept');
    for (const coffee of await previewRow(page, 'Café Größe').all()) {
      assert.equal(await coffee.getByRole('checkbox').isChecked(), true);
      await coffee.getByText('New', { exact: true }).waitFor();
    }
    // a row that cannot be read carries only its line and why
    const invalid = page.getByTestId('preview-rows').locator('li.status-invalid');
    await invalid.getByText('Invalid', { exact: true }).waitFor();
    assert.equal(await invalid.getByRole('checkbox').isDisabled(), true);
    assert.match(await invalid.locator('.row-reason').textContent(), /^Line 7: .*31\.02\.2026/);
    assert.match(await page.getByTestId('selection').textContent(), /5 rows chosen · balance changes by \+\u2060?€2,445\.90/);
  });

  // the account open in another tab follows the import live
  const other = watch(await context.newPage(), problems);
  await other.goto(`${base}/u/${user.username}/accounts/${giro}`);
  await other.getByText('No entries yet.', { exact: false }).waitFor();
  await other.getByTestId('live-state').getByText('Live').waitFor();

  await step(page, '92-import-csv-done', async () => {
    await page.getByRole('button', { name: 'Import 5 rows' }).click();
    await page.getByTestId('import-result').getByText('5 entries imported into Giro.').waitFor();
    await page.getByText('The balance is now €2,445.90.').waitFor();
    const past = page.locator('.import-item').first();
    await past.getByText('juni.csv').waitFor();
    await past.getByText('Imported', { exact: true }).waitFor();
    await other.getByTestId('balance').getByText('€2,445.90').waitFor();
    await other.locator('tbody tr').filter({ hasText: 'Strom Juni' }).waitFor();
    await other.close();
  });

  await step(page, '93-import-account-after', async () => {
    await page.getByRole('link', { name: 'Open the account' }).click();
    await page.getByRole('heading', { name: 'Giro', level: 1 }).waitFor();
    assert.equal(await page.getByTestId('balance').textContent(), '€2,445.90');
    const history = page.locator('tbody tr');
    await history.filter({ hasText: 'Strom Juni' }).waitFor();
    assert.equal(await history.filter({ hasText: 'Kaffee' }).count(), 2);
  });

  await step(page, '94-import-again-all-duplicates', async () => {
    await page.getByRole('link', { name: 'Import a statement' }).click();
    await chooseFile(page, 'juni.csv', 'text/csv', GERMAN_CSV);
    // the saved mapping is found again by the file's header
    await page.getByText('The saved mapping “Sparkasse” was made for files with these columns and is used.').waitFor();
    assert.equal(await page.locator('#import-profile option:checked').textContent(), 'Sparkasse');
    assert.equal(await page.locator('#import-payee-column option:checked').textContent(), 'Empfänger');
    await toPreview(page);
    assert.equal(await page.getByTestId('preview-counts').textContent(), '6 rows · 0 new · 5 duplicates · 1 invalid');
    const bakery = previewRow(page, 'Bäckerei Müller');
    await bakery.getByText('Duplicate', { exact: true }).waitFor();
    assert.match(await bakery.locator('.row-reason').textContent(), /entry #\d+/);
    assert.equal(await bakery.getByRole('checkbox').isChecked(), false);
    assert.equal(await page.getByRole('button', { name: 'Import 0 rows' }).isDisabled(), true);
    // a duplicate can still be chosen, on purpose
    await bakery.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Import 1 row' }).waitFor();
    await bakery.getByRole('checkbox').uncheck();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { name: 'Choose the statement', level: 2 }).waitFor();
  });

  await step(page, '95-import-undone', async () => {
    const committed = page.locator('.import-item').filter({ hasText: 'Imported' }).first();
    await committed.getByRole('button', { name: 'Undo import of juni.csv' }).click();
    await committed.getByText('Undo the import of juni.csv? Its 5 entries are reversed').waitFor();
    await committed.getByRole('button', { name: 'Undo import', exact: true }).click();
    await page.getByText('Import undone: 5 entries reversed.').waitFor();
    await page.getByTestId('import-balance').getByText('€0.00').waitFor();
  });

  await step(page, '96-import-ofx-dropped', async () => {
    // a file dropped on the zone, as a file manager drops it
    const drop = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'july.ofx', { type: 'application/x-ofx' }));
      return transfer;
    }, OFX.toString('latin1'));
    await page.getByTestId('drop-zone').dispatchEvent('dragenter', { dataTransfer: drop });
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: drop });
    await page.getByTestId('detected-format').getByText(/OFX/).waitFor();
    await page.getByTestId('first-rows').getByText('Book store · Novel').waitFor();
    await toPreview(page);
    assert.equal(await page.getByTestId('preview-counts').textContent(), '3 rows · 3 new · 0 duplicates · 0 invalid');
    await page.getByRole('button', { name: 'Import 3 rows' }).click();
    await page.getByText('3 entries imported into Giro.').waitFor();
    await page.getByText('The balance is now €80.00.').waitFor();
  });

  await step(page, '97-import-refused-for-funds', async () => {
    const empty = await user.open('Empty', 'EUR');
    await openWizard(page, user, empty, 'Empty');
    await chooseFile(page, 'rent.csv', 'text/csv', RENT_CSV);
    await page.locator('#import-date-column').selectOption({ label: 'Date' });
    await page.locator('#import-date-format').selectOption('yyyy-MM-dd');
    await page.getByRole('radio', { name: 'One amount column' }).check();
    await page.locator('#import-amount-column').selectOption({ label: 'Amount' });
    await page.locator('#import-decimal').selectOption('point');
    await toPreview(page);
    await page.getByRole('button', { name: 'Import 1 row' }).click();
    const error = page.getByTestId('import-error');
    await error.waitFor();
    assert.match(await error.textContent(), /Row 1 \(2026-06-01\) takes 950\.00 EUR out.*Nothing was imported/);
    assert.equal(await page.getByTestId('import-balance').textContent(), '€0.00');
  });
  await context.close();
});

for (const scheme of SCHEMES) {
  for (const width of [390, 1280]) {
    test(`the import screens at ${width} px, ${scheme}`, async () => {
      const user = await newUser('ims');
      const giro = await user.open('Giro', 'EUR');
      const context = await run.browser.newContext({ viewport: { width, height: 844 }, colorScheme: scheme,
        locale: 'en-US', bypassCSP: true });
      const page = watch(await context.newPage(), problems);
      await logIn(page, user.username);
      const check = async (name) => {
        await step(page, `46-import-${name}-${width}-${scheme}`, async () => {
          await page.waitForTimeout(200);
          await assertNoOverflow(page, `import ${name} at ${width} px`);
          await assertAccessible(page, `import ${name} at ${width} px, ${scheme}`);
        });
      };
      await openWizard(page, user, giro, 'Giro');
      await check('file');
      await chooseFile(page, 'juni.csv', 'text/csv', GERMAN_CSV);
      await mapGermanColumns(page);
      await page.getByTestId('first-rows').getByText('Bäckerei Müller · Brötchen').waitFor();
      await check('read');
      await toPreview(page);
      await check('preview');
      await page.getByRole('button', { name: 'Import 5 rows' }).click();
      await page.getByTestId('import-result').waitFor();
      await check('done');
      await page.getByRole('button', { name: 'Undo import', exact: true }).click();
      await page.getByText('Undo this import? Its 5 entries are reversed').waitFor();
      await check('undo');
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Imports' }).click();
      await page.getByRole('heading', { name: 'Imports', level: 1 }).waitFor();
      await page.locator('.import-item').first().waitFor();
      await check('list');
      await context.close();
    });
  }
}
