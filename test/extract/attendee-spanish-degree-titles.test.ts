// Degrees written as titles in Uruguay and Ecuador: "Br." (bachiller), "Econ." (economista), "Ab." (abogado) open
// a name, in a labelled list and in a sentence.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const CONSEJO = `ACTA N.º 7

En la ciudad de Rivera, el dia 2 de mayo de 2021, siendo la hora 17:30, se reune el Consejo del Instituto de Letras, con la presidencia del Director, Dr. Pablo Ríos Olmedo, y con la asistencia de los siguientes consejeros:
Orden docente: Prof. Irene Castro Nieves, Prof. Tomás Vidal Suárez.
Orden estudiantil: Br. Lucía Pereyra Mesa, Br. Martín Ezequiel Soto.

1. Aprobación del acta anterior
Se aprueba el acta de la sesión del 4 de abril de 2021.
`;

const DIRECTORIO = `ACTA DE SESIÓN ORDINARIA DE DIRECTORIO

En Cuenca, a 10 de marzo de 2022, a las 16h00, en la sala de sesiones de la compañía, se reúne el Directorio.
Concurren los directores principales: Ing. Rafael Ordóñez Vega, Presidente del Directorio; Econ. Paula Andrea Cevallos Ruiz; Ab. Diego Armando León Pinos.

PRIMERO.- Lectura del acta anterior
Se da lectura al acta de la sesión anterior, que es aprobada sin observaciones.
`;

const names = (text: string) => segment(text, 'es').attendees.map((a) => a.name);

describe('Spanish degree titles', () => {
  it('open names in a labelled list', () => {
    expect(names(CONSEJO)).toEqual(expect.arrayContaining(['Lucía Pereyra Mesa', 'Martín Ezequiel Soto']));
  });
  it('open names in a sentence', () => {
    expect(names(DIRECTORIO)).toEqual(expect.arrayContaining(['Paula Andrea Cevallos Ruiz', 'Diego Armando León Pinos']));
  });
});
