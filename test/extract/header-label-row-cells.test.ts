// A row of labels: the session number in a cell of its own, and a value ending before the next label when OCR read
// the gap between cells as one space.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const rest = '\n\nAsistentes: Ana Ruiz (directora), Juan Díaz (docente).\n\n1. Bienvenida.\nLa directora da la bienvenida.\n';

describe('a row of labels', () => {
  it('gives the session number from its cell, with tabs or one space', () => {
    const tab = segment(`ACTA DE LA QUINTA SESIÓN ORDINARIA\nCOMITÉ ESCOLAR\nFecha:\t3 de marzo de 2024\tNúmero de sesión:\t5\nLugar:\tBiblioteca de la escuela${rest}`, 'es').header;
    expect(tab.sessionNumber).toBe('5');
    const space = segment(`ACTA DE LA QUINTA SESIÓN ORDINARIA\nCOMITÉ ESCOLAR\nFecha: 3 de marzo de 2024 Número de sesión: 5\nLugar: Biblioteca de la escuela${rest}`, 'es').header;
    expect(space.sessionNumber).toBe('5');
  });
  it('ends a place before the next capitalised label', () => {
    const h = segment(`ACTA DE LA QUINTA SESIÓN ORDINARIA\nCOMITÉ ESCOLAR\nFecha: 3 de marzo de 2024\nLugar: Biblioteca de la escuela Ciclo escolar: 2023-2024${rest}`, 'es').header;
    expect(h.location).toBe('Biblioteca de la escuela');
  });
});
