// OCR specks around item numbers: "4,- Title" (the stop read as a comma) is item 4, and ". Segundo punto.- Title" /
// "- Tercer punto.- Title" (a speck before the ordinal) head their items.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const text = 'ACTA DE ASAMBLEA DE SOCIOS\n\nEn la comunidad de Pampa Verde, siendo las 9.00 a.m. del 2 de junio de 2002, se reunieron los socios.\n\nEl presidente dio lectura a la siguiente agenda:\n\n1.- Lectura del acta anterior.\n2.- Informe de caja.\n3,- Compra de semillas.\n\nPrimer punto.- Lectura del acta anterior: Se leyó el acta y fue aprobada.\n\n. Segundo punto.- Informe de caja: El tesorero informó de los ingresos del año.\n\n- Tercer punto.- Compra de semillas: Se decidió comprar semilla certificada.\n\nSiendo las 11.00 a.m. se levantó la asamblea.\n';

describe('specks around item numbers', () => {
  it('leave every item and part numbered', () => {
    const s = segment(text, 'es');
    expect(s.agenda.map((a) => a.number)).toEqual(['1', '2', '3']);
    expect(s.discussion.map((p) => [p.agendaNumber, p.title])).toEqual([['1', 'Lectura del acta anterior'], ['2', 'Informe de caja'], ['3', 'Compra de semillas']]);
  });
});
