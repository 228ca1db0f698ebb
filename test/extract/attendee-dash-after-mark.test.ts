// OCR's dash after a name's closing mark ("señor Ana Ruiz Paz;- del Tesorero, ...") is no part of the name.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const ACTA = `ACTA DE ASAMBLEA GENERAL EXTRAORDINARIA
COMUNIDAD CAMPESINA DE HUAYLLAPAMPA

En el local comunal, siendo las diez horas del día dos de mayo de dos mil veintidós, se reúne la Asamblea General Extraordinaria con la presencia del Presidente de la Comunidad, señor Teodoro Ccama Quispe;- del Tesorero, señor Hilario Mamani Apaza; y de la Secretaria, señora Justina Condori Huamán.

1. Lectura del acta anterior.
Se aprueba.
`;

describe('a dash after the mark ending a name', () => {
  it('leaves the name whole', () => {
    const found = segment(ACTA, 'es').attendees.map((a) => a.name);
    expect(found).toEqual(['Teodoro Ccama Quispe', 'Hilario Mamani Apaza', 'Justina Condori Huamán']);
  });
});
