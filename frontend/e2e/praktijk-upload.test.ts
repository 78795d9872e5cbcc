// A praktijkopdracht from upload to feedback. The schoolcoach (Marloes Wolters)
// uploads a recording made in the browser and a reflection report for the open
// year-2 assignment: resumable (tus) in small chunks, through a dropped
// connection and a reload, with the server's Dutch refusal of a wrong file.
// She hands in with the AVG consent statement. The opleider (Marit Jansen)
// plays the video, seeks, comments at a moment and gives rubric feedback; the
// schoolcoach sees the marker and the feedback; the SWV's bestuur (Annelies
// Brinkman) sees the status only, never the video or the reflection.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll } from 'vitest';
import { ANNELIES, DEELNEMER, OPLEIDER } from './support/accounts';
import { login, mainMenu, pickOption, toast, waitUntil } from './support/app';
import { describe, expect, test } from './support/fixtures';
import type { GraphQLClient } from './support/graphql';

const ASSIGNMENT = 'Coachgesprek op resultaat';
const REFLECTION = 'In dit gesprek stelde ik de leerkracht eerst een doelvraag. Volgende keer vraag ik meer door op het resultaat in de klas.';
const COMMENT = 'Mooie doelvraag: de leerkracht formuleert zelf wat ze wil bereiken.';
const FEEDBACK = 'Je gesprek heeft een duidelijke opbouw en je sluit aan bij de vraag van de leerkracht.';
const FEED_FORWARD = 'Vraag in het volgende gesprek door naar wat de leerlingen ervan merken.';
/** Small chunks, so even a small file takes several PATCH requests. */
const CHUNK_SIZE = 16 * 1024;

const files = mkdtempSync(path.join(tmpdir(), 'leergang-e2e-praktijk-'));
const shared: { assignmentPath?: string; videoPath?: string; pdfPath?: string } = {};
afterAll(() => rmSync(files, { recursive: true, force: true }));

/** Records a few seconds of a moving canvas with MediaRecorder: a real, playable WebM. */
async function recordWebm(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm;codecs=vp8', videoBitsPerSecond: 1_000_000 });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    let frame = 0;
    const timer = setInterval(() => {
      for (let i = 0; i < 40; i++) {
        ctx.fillStyle = `hsl(${(frame * 7 + i * 37) % 360}, 70%, ${30 + (i % 5) * 10}%)`;
        ctx.fillRect((i * 53 + frame * 5) % 320, (i * 29 + frame * 3) % 240, 40, 30);
      }
      ctx.fillStyle = '#000';
      ctx.font = '24px sans-serif';
      ctx.fillText(`${(frame / 25).toFixed(1)} s`, 12, 30);
      frame++;
    }, 40);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start(500);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    recorder.stop();
    await stopped;
    clearInterval(timer);
    const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

/** A minimal valid one-page PDF with a cross-reference table, padded with comment lines to span several chunks. */
function minimalPdf(padding: number): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 58 >>\nstream\nBT /F1 18 Tf 72 760 Td (Reflectieverslag coachgesprek) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  body += `${'% reflectie '.padEnd(78, '.')}\n`.repeat(Math.ceil(padding / 79));
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Watches the tus PATCH requests: slows them down like a real connection, and can drop them for a while. */
function watchPatches(page: Page) {
  const state = { patches: 0, aborted: 0, offsets: [] as number[], dropUntil: 0, delayMs: 250 };
  const handler = async (route: Route) => {
    const request = route.request();
    if (request.method() !== 'PATCH') return route.continue();
    state.patches++;
    state.offsets.push(Number(request.headers()['upload-offset']));
    if (Date.now() < state.dropUntil) {
      state.aborted++;
      return route.abort('connectionreset');
    }
    await new Promise((resolve) => setTimeout(resolve, state.delayMs));
    // The upload may have been paused meanwhile: then the request is gone.
    return route.continue().catch(() => undefined);
  };
  return { state, start: () => page.route('**/uploads/**', handler) };
}

async function progressPercent(page: Page, name: string): Promise<number> {
  const bar = page.getByRole('progressbar', { name: `Upload van ${name}` });
  if ((await bar.count()) === 0) return -1;
  return Number(await bar.getAttribute('aria-valuenow'));
}

async function chooseFile(page: Page, button: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

async function openAssignment(page: Page): Promise<void> {
  await mainMenu(page).getByRole('link', { name: 'Praktijkopdrachten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Praktijkopdrachten' }).waitFor();
  await page.getByRole('link', { name: ASSIGNMENT }).click();
  await page.getByRole('heading', { level: 1, name: ASSIGNMENT }).waitFor();
}

/** On a reused database (E2E_DATABASE_URL) an earlier run left a submission: the beheerder deletes it. */
async function startAfresh(admin: GraphQLClient): Promise<void> {
  const { leergangen } = await admin.query<{ leergangen: { nodes: { id: string; name: string }[] } }>(
    'query { leergangen(first: 100) { nodes { id name } } }',
  );
  const leergang = leergangen.nodes.find((l) => l.name === 'Resultaatgericht coachen en adviseren');
  if (!leergang) throw new Error('the demo leergang of Twentekant is missing');
  const { assignments } = await admin.query<{ assignments: { id: string; title: string }[] }>(
    'query A($id: ID!) { assignments(leergangId: $id) { id title } }',
    { id: leergang.id },
  );
  const assignment = assignments.find((a) => a.title === ASSIGNMENT);
  if (!assignment) throw new Error(`the demo assignment ${ASSIGNMENT} is missing`);
  const { submissions } = await admin.query<{ submissions: { nodes: { id: string; person: { email: string } }[] } }>(
    'query S($id: ID!) { submissions(assignmentId: $id, first: 100) { nodes { id person { email } } } }',
    { id: assignment.id },
  );
  for (const s of submissions.nodes.filter((n) => n.person.email === DEELNEMER.email)) {
    await admin.query('mutation D($id: ID!) { deleteSubmission(input: { id: $id }) { deletedId } }', { id: s.id });
  }
}

describe('a praktijkopdracht from upload to feedback', () => {
  test('the deelnemer uploads through a dropped connection and a reload, and hands in with consent', { timeout: 150_000 }, async ({ page, admin }) => {
    await startAfresh(admin);
    const video = await recordWebm(page);
    expect(video.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
    shared.videoPath = path.join(files, 'coachgesprek.webm');
    writeFileSync(shared.videoPath, video);
    shared.pdfPath = path.join(files, 'reflectieverslag.pdf');
    writeFileSync(shared.pdfPath, minimalPdf(48 * 1024));

    await page.context().addInitScript((size) => window.localStorage.setItem('leergang.uploadChunkSize', String(size)), CHUNK_SIZE);
    await login(page, DEELNEMER.email);
    await openAssignment(page);
    shared.assignmentPath = new URL(page.url()).pathname;
    await page.getByText('Nog niet begonnen').first().waitFor();
    await page.getByText('mp4, mov of webm, hoogstens 4 GB.').waitFor();

    // A PDF is not a video: the server looks at the content and refuses it in Dutch.
    await chooseFile(page, 'Video kiezen', shared.pdfPath);
    const refusal = page.getByRole('alert').filter({ hasText: 'Bestand geweigerd' });
    await refusal.getByText('Dit bestand is geen video.').waitFor();

    // The recording, in chunks, while the connection drops for a few seconds.
    const patches = watchPatches(page);
    await patches.start();
    await chooseFile(page, 'Ander bestand kiezen', shared.videoPath);
    await waitUntil(async () => (await progressPercent(page, 'coachgesprek.webm')) >= 20, 'the upload to pass 20%');
    const offsetAtDrop = Math.max(...patches.state.offsets);
    patches.state.dropUntil = Date.now() + 2500;
    await page.getByText(/Verbinding onderbroken\. Opnieuw proberen \(poging \d\)/).waitFor();
    // It goes on by itself, from where the server is, not from the start.
    await page.getByRole('button', { name: 'Vervangen' }).waitFor({ timeout: 30_000 });
    expect(patches.state.aborted).toBeGreaterThan(0);
    const afterDrop = patches.state.offsets.slice(patches.state.offsets.findIndex((o, i) => i > 0 && o >= offsetAtDrop));
    expect(afterDrop.every((o) => o >= offsetAtDrop)).toBe(true);
    expect(patches.state.patches).toBeGreaterThanOrEqual(Math.ceil(video.length / CHUNK_SIZE));
    await page.getByRole('group', { name: 'Video', exact: true }).getByText('coachgesprek.webm', { exact: true }).waitFor();

    // The report: paused half-way, the page reloaded, then continued where it was.
    patches.state.delayMs = 600;
    const pdfStart = patches.state.offsets.length;
    await chooseFile(page, 'Document kiezen', shared.pdfPath);
    await waitUntil(async () => (await progressPercent(page, 'reflectieverslag.pdf')) >= 25, 'the report upload to pass 25%');
    await page.getByRole('button', { name: 'Pauzeren' }).click();
    await page.getByText('Gepauzeerd. Je kunt later verder').waitFor();
    const pausedAt = Math.max(...patches.state.offsets.slice(pdfStart));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: ASSIGNMENT }).waitFor();
    const notice = page.getByRole('alert').filter({ hasText: 'Onvoltooide upload' });
    await notice.getByText(/reflectieverslag\.pdf is voor \d+% geüpload/).waitFor();
    patches.state.delayMs = 100;
    const before = patches.state.offsets.length;
    const chooser = page.waitForEvent('filechooser');
    await notice.getByRole('button', { name: 'Bestand kiezen en verder uploaden' }).click();
    await (await chooser).setFiles(shared.pdfPath);
    const report = page.getByRole('group', { name: 'Reflectieverslag (pdf of docx)', exact: true });
    await report.getByRole('button', { name: 'Vervangen' }).waitFor({ timeout: 30_000 });
    await report.getByText('reflectieverslag.pdf', { exact: true }).waitFor();
    const resumedFrom = patches.state.offsets[before];
    expect(resumedFrom).toBeGreaterThan(0);
    expect(resumedFrom).toBeGreaterThanOrEqual(pausedAt);
    await page.unroute('**/uploads/**');

    // The video shows pupils: handing in needs the consent statement.
    await page.getByRole('textbox', { name: 'Reflectie' }).fill(REFLECTION);
    await page.getByRole('checkbox', { name: 'Op deze video zijn leerlingen te zien of te horen' }).check();
    await page.getByRole('button', { name: 'Inleveren' }).click();
    await page.getByText('Bevestig de toestemming voordat je inlevert.').waitFor();
    await page.getByRole('checkbox', { name: 'Ik bevestig dat de toestemming die de AVG vraagt voor deze opname aanwezig is' }).check();
    await page.getByRole('button', { name: 'Inleveren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Praktijkopdracht inleveren' });
    await dialog.getByRole('button', { name: 'Inleveren' }).click();
    await toast(page, 'Ingeleverd. Je opleider krijgt je inzending te zien.').waitFor();
    await page.getByText(/Je hebt deze opdracht ingeleverd op/).waitFor();
    await page.getByText(/Toestemming \(AVG\) bevestigd door Marloes Wolters op/).waitFor();
    await page.getByTestId('reflection').getByText(REFLECTION).waitFor();
  });

  test('the opleider plays the video, comments at a moment and gives rubric feedback', { timeout: 90_000 }, async ({ page }) => {
    expect(shared.assignmentPath, 'the upload test ran first').toBeTruthy();
    await login(page, OPLEIDER.email);
    await openAssignment(page);
    const row = page.getByRole('row', { name: /Marloes Wolters/ });
    await row.getByText('Ingeleverd').waitFor();
    await row.getByRole('link', { name: 'Beoordelen: Marloes Wolters' }).click();
    await page.getByRole('heading', { level: 1, name: `Marloes Wolters: ${ASSIGNMENT}` }).waitFor();
    await page.getByText(/Toestemming \(AVG\) bevestigd door Marloes Wolters op/).waitFor();

    // Play, then seek to 2 seconds.
    const video = page.getByLabel('Video: coachgesprek.webm');
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      return v.play();
    });
    await waitUntil(() => video.evaluate((v: HTMLVideoElement) => v.currentTime > 0.3), 'the video to play');
    await video.evaluate((v: HTMLVideoElement) => {
      v.pause();
      v.currentTime = 2.2;
    });
    await page.getByRole('button', { name: 'Opmerking op 00:02' }).waitFor();

    // The key C while the player has focus opens a comment at that moment.
    await video.focus();
    await page.keyboard.press('c');
    const form = page.getByRole('region', { name: 'Nieuwe opmerking op 00:02' });
    await form.getByRole('radio', { name: 'Tip' }).check();
    await pickOption(page, form.getByRole('combobox', { name: 'Aspect' }), 'Doelgericht communiceren');
    await form.getByRole('textbox', { name: 'Opmerking' }).fill(COMMENT);
    await form.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await toast(page, 'Opmerking geplaatst').waitFor();

    // The marker on the timeline seeks the video; so does the time in the list.
    const marker = page.getByRole('group', { name: 'Tijdlijn met opmerkingen' }).getByRole('button', { name: `Tip op 00:02 (Doelgericht communiceren): ${COMMENT}` });
    await marker.waitFor();
    await video.evaluate((v: HTMLVideoElement) => {
      v.currentTime = 0;
    });
    await marker.click();
    await waitUntil(() => video.evaluate((v: HTMLVideoElement) => Math.abs(v.currentTime - 2.2) < 0.05), 'the marker to seek to 00:02');
    await page.getByRole('button', { name: 'Naar 00:02' }).waitFor();

    // Feedback, feed forward and the rubric, then give it.
    await page.getByRole('textbox', { name: 'Feedback' }).fill(FEEDBACK);
    await page.getByRole('textbox', { name: 'Feed forward' }).fill(FEED_FORWARD);
    await page.getByRole('radio', { name: 'Gespreksstructuur: Bekwaam' }).check();
    await page.getByRole('radio', { name: 'Doelgericht vragen: Excellent' }).check();
    await page.getByRole('radio', { name: 'Reflectie op eigen handelen: In ontwikkeling' }).check();
    await page.getByRole('button', { name: 'Feedback geven' }).click();
    await page.getByRole('dialog', { name: 'Feedback geven' }).getByRole('button', { name: 'Feedback geven' }).click();
    await toast(page, 'Feedback gegeven').waitFor();
    await page.getByText('Feedback gegeven', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Afronden' }).waitFor();
  });

  test('the deelnemer sees the feedback, the marker and the rubric scores, and replies', { timeout: 60_000 }, async ({ page }) => {
    await login(page, DEELNEMER.email);
    await mainMenu(page).getByRole('link', { name: 'Praktijkopdrachten' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Nieuwe feedback' });
    await notice.getByText(`Je hebt feedback gekregen op ‘${ASSIGNMENT}’.`).waitFor();
    await page.getByRole('row', { name: new RegExp(ASSIGNMENT) }).getByText('Feedback gegeven').waitFor();
    await page.getByRole('link', { name: ASSIGNMENT }).click();
    await page.getByRole('heading', { level: 1, name: ASSIGNMENT }).waitFor();

    await page.getByText(/Je opleider heeft feedback gegeven op/).waitFor();
    const marker = page.getByRole('group', { name: 'Tijdlijn met opmerkingen' }).getByRole('button', { name: new RegExp(`^Tip op 00:02 .*${COMMENT}`) });
    await marker.waitFor();
    // The recording's header has no duration; the player finds it, and the marker sits at 2.2 of about 4 seconds.
    const video = page.getByLabel('Video: coachgesprek.webm');
    await waitUntil(() => video.evaluate((v: HTMLVideoElement) => Number.isFinite(v.duration) && v.duration > 3), 'the player to know the duration');
    await waitUntil(async () => {
      const left = parseFloat((await marker.evaluate((m) => (m as HTMLElement).style.left)) || '0');
      return left > 45 && left < 65;
    }, 'the marker to sit at 2.2 s of the timeline');
    await page.getByText(FEEDBACK).waitFor();
    await page.getByText(FEED_FORWARD).waitFor();
    const chosen = page.locator('td[data-selected]');
    expect(await chosen.count()).toBe(3);
    expect(await page.getByRole('row', { name: /Gespreksstructuur/ }).locator('td[data-selected]').innerText()).toContain('zichtbaar in het hele gesprek');

    const comment = page.getByRole('listitem').filter({ hasText: COMMENT });
    await comment.getByRole('button', { name: 'Reageren' }).click();
    await comment.getByRole('textbox', { name: 'Jouw reactie' }).fill('Dank je, dat ga ik vasthouden.');
    await comment.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await toast(page, 'Reactie geplaatst').waitFor();
    await comment.getByText('Dank je, dat ga ik vasthouden.').waitFor();
  });

  test('the opleider completes it; the deelnemer sees when the files will be deleted', { timeout: 60_000 }, async ({ page, newPage }) => {
    await login(page, OPLEIDER.email);
    await openAssignment(page);
    await page.getByRole('row', { name: /Marloes Wolters/ }).getByRole('link', { name: 'Bekijken: Marloes Wolters' }).click();
    await page.getByRole('button', { name: 'Afronden' }).click();
    await page.getByRole('dialog', { name: 'Praktijkopdracht afronden' }).getByRole('button', { name: 'Afronden' }).click();
    await toast(page, 'Afgerond').waitFor();

    const deelnemer = await newPage();
    await login(deelnemer, DEELNEMER.email);
    await deelnemer.goto(shared.assignmentPath ?? '/opdrachten');
    await deelnemer.getByText(/Deze praktijkopdracht is afgerond op/).waitFor();
    await deelnemer.getByText(/^Bestanden worden verwijderd op \d{1,2} \S+ \d{4}\.$/).waitFor();
  });

  test('the SWV’s bestuur sees the status and dates only', { timeout: 60_000 }, async ({ page }) => {
    await login(page, ANNELIES.email);
    await mainMenu(page).getByRole('link', { name: 'Praktijkopdrachten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Praktijkopdrachten' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(`Marloes Wolters.*${ASSIGNMENT}`) });
    await row.getByText('Afgerond').waitFor();
    expect(await row.getByRole('link').count()).toBe(0);
    expect(await page.locator('video').count()).toBe(0);
    expect(await page.getByText(REFLECTION).count()).toBe(0);
    expect(await page.getByText(FEEDBACK).count()).toBe(0);

    // The assignment and its content stay closed, also by URL.
    await page.goto(shared.assignmentPath ?? '/opdrachten');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    expect(await page.locator('video').count()).toBe(0);
    expect(await page.getByText(REFLECTION).count()).toBe(0);
  });
});
