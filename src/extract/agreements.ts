// Agreements: the final list or table (Acuerdo | Responsable | Plazo) plus labelled decisions inside
// the discussion ("ACUERDO N° 45:", "Se acuerda ...", "ACUERDA:", "RESOLVED, that", "Motion by ...").
import type { Agreement } from '../types.js';
import type { Keywords } from '../segment/keywords.js';
import type { Labelled } from '../segment/zones.js';
import type { Part } from './discussion.js';
import { dueValue, parseAgreement, type DueContext } from './agreement-item.js';
import { findDates } from './dates.js';
import { BULLET, fold, isProse, splitNumbering, squash } from './text.js';

type Col = 'number' | 'agreement' | 'responsible' | 'due' | 'other';

function tableCols(line: string, kw: Keywords): Col[] | null {
  const cells = line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/);
  const cols = cells.map((c) => {
    const f = fold(c).replace(/[:.]+$/, '').trim();
    for (const k of ['number', 'agreement', 'responsible', 'due'] as const) if (kw.tableColumns[k]!.test(f)) return k;
    return 'other' as Col;
  });
  return cols.includes('agreement') && (cols.includes('responsible') || cols.includes('due')) ? cols : null;
}

function tableRow(line: string, cols: Col[], ctx: DueContext): Agreement | null {
  if (line.includes('\t')) {
    const cells = line.split('\t').map((c) => c.trim());
    const get = (c: Col) => { const i = cols.indexOf(c); return i >= 0 ? (cells[i] ?? null) : null; };
    const text = get('agreement');
    if (!text) return null;
    const resp = get('responsible');
    return { number: get('number') || null, text: squash(text), responsible: resp && !/^[—–-]+$/.test(resp) ? resp : null, due: dueValue(get('due'), ctx) };
  }
  // OCR row: "1 Text ending with a period. Responsible 31-05-2018".
  let rest = squash(line);
  let number: string | null = null;
  if (cols[0] === 'number') {
    const m = /^(\S+)\s+/.exec(rest);
    if (m && /\d/.test(m[1]!)) { number = m[1]!; rest = rest.slice(m[0].length); }
  }
  let due: string | null = null;
  const dates = findDates(rest, { lang: ctx.lang, defaultYear: ctx.year });
  const last = dates[dates.length - 1];
  if (last && last.end >= rest.length - 2) { due = last.iso; rest = rest.slice(0, last.start).trim(); }
  const cut = rest.lastIndexOf('. ');
  const text = cut > 0 ? rest.slice(0, cut + 1) : rest;
  const resp = cut > 0 ? rest.slice(cut + 2).trim() : null;
  return { number, text, responsible: resp && !/^[—–-]+$/.test(resp) ? resp : null, due };
}

/** Items of the agreements zone: table rows, numbered items, or one item per line. */
function listAgreements(lines: Labelled[], kw: Keywords, ctx: DueContext): Agreement[] {
  const out: Agreement[] = [];
  let cols: Col[] | null = null;
  let cur: { number: string | null; text: string } | null = null;
  const flush = () => { if (cur && squash(cur.text)) out.push(parseAgreement(cur.text, cur.number, ctx)); cur = null; };
  for (const l of lines) {
    if (l.zone !== 'agreements' || l.heading || kw.noAgreements.test(l.text.trim())) { if (l.zone !== 'blank' && l.zone !== 'furniture') { flush(); cols = null; } continue; }
    if (l.blank) continue;
    const text = squash(l.text);
    const header = tableCols(l.text, kw);
    if (header) { flush(); cols = header; continue; }
    if (cols) { const r = tableRow(l.text, cols, ctx); if (r) out.push(r); continue; }
    const resp = kw.responsible.exec(text);
    if (resp && cur) { cur.text += ` (Resp.: ${text.slice(resp[0].length).replace(/\.$/, '')})`; continue; }
    const n = splitNumbering(text);
    if (n) { flush(); cur = { number: n.number, text: n.rest }; continue; }
    const c = cur as { number: string | null; text: string } | null;
    if (c && !BULLET.test(text) && (/^\p{Ll}/u.test(text) || (!/[.)]$/.test(c.text) && c.text.length >= 60 && !/\s[—–]\s/u.test(c.text)))) { c.text += ` ${text}`; continue; }
    flush();
    cur = { number: null, text };
  }
  flush();
  return out;
}

/** Labelled decisions inside the discussion paragraphs. */
function inlineDecisions(parts: Part[], kw: Keywords, ctx: DueContext): Agreement[] {
  const out: Agreement[] = [];
  for (const part of parts) {
    const ps = part.paragraphs;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      const m = kw.decisionLabel.exec(p);
      if (kw.decisionIntro.test(p)) {
        // "... el Pleno ACUERDA:" / "... it was" introduce the following paragraph(s).
        const numbered = ps[i + 1] ? splitNumbering(ps[i + 1]!) : null;
        if (!numbered && ps[i + 1] && !kw.decisionLabel.test(ps[i + 1]!)) out.push(parseAgreement(ps[i + 1]!, null, ctx));
        for (let j = i + 1; numbered && j < ps.length; j++) {
          const n = splitNumbering(ps[j]!);
          if (!n) break;
          out.push(parseAgreement(n.rest, n.number, ctx));
        }
        continue;
      }
      if (!m || /:\s*$/.test(p)) continue;
      const label = m[0];
      if (/^(motion by|upon motion)/i.test(label) || /^(se acuerda|se acord)/i.test(fold(label)) || /^resolved/i.test(label)) {
        if (/^(motion by|upon motion)/i.test(label) && !/\b(carried|passed|approved|adopted|failed)\b/i.test(p)) continue;
        const prev = ps[i - 1] ?? '';
        const num = /^resolved/i.test(label) ? /resolution no\.?\s*([\w-]+)/i.exec(prev)?.[1] ?? null : null;
        out.push(parseAgreement(p, num, ctx));
        continue;
      }
      const numbered = /^acuerdo\s+n\S*\s*([\w/.-]+)/iu.exec(label);
      out.push(parseAgreement(p.slice(label.length), numbered ? numbered[1]!.replace(/[.:]+$/, '') : null, ctx));
    }
  }
  return out.filter((a) => a.text);
}

/** Every agreement, inline decisions first (text order) and then the final list. */
export function extractAgreements(lines: Labelled[], parts: Part[], kw: Keywords, ctx: DueContext): Agreement[] {
  const inline = inlineDecisions(parts, kw, ctx);
  const list = listAgreements(lines, kw, ctx);
  const seen = new Set(list.map((a) => fold(a.text).slice(0, 60)));
  return [...inline.filter((a) => !seen.has(fold(a.text).slice(0, 60))), ...list];
}
