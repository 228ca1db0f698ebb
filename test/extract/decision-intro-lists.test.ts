import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Invented minutes: a decision's intro ("We agreed:", "Se acordó lo siguiente:") over a numbered or bulleted list
// inside a discussion item.
const PARKS = [
  'RIVERSIDE PARKS COMMITTEE',
  'Minutes of the Meeting of May 2, 2024',
  '',
  'Present: Ann Clarke (Chair), Bob Nolan, Maria Ruiz, Dan Hill',
  '',
  '1. Call to order',
  'The Chair called the meeting to order at 6:30 p.m.',
  '',
  '2. Playground equipment',
  'Bob Nolan reported on the condition of the playground at Elm Park.',
  '',
  'We agreed:',
  '',
  '1. Replace the swings at Elm Park',
  '2. Paint the fence around the playground',
  '',
  '3. Trail maintenance',
  'Maria Ruiz reported on the north trail. The committee agreed:',
  '- Close the north trail for two weeks in June',
  '- Hire a contractor to regrade the slope',
  '',
  '4. Adjournment',
  'The meeting adjourned at 7:45 p.m.',
].join('\n');

const JUNTA = [
  'ACTA SESIÓN ORDINARIA N° 14',
  'JUNTA DE VECINOS VILLA LOS AROMOS',
  '',
  'En Talagante, a 8 de abril de 2024, siendo las 19:00 horas, se reúne la directiva en su sede social.',
  '',
  'TABLA',
  '1. Lectura del acta anterior',
  '2. Proyecto de luminarias',
  '3. Fiesta de aniversario',
  '',
  '1. Lectura del acta anterior',
  'Se da lectura al acta anterior, la que se aprueba sin observaciones.',
  '',
  '2. Proyecto de luminarias',
  'La Presidenta informa que el municipio abrió la postulación al fondo. Se acordó lo siguiente:',
  '1. Postular al fondo con un proyecto de doce luminarias.',
  '2. Solicitar cotizaciones a dos empresas antes del 30 de abril.',
  '',
  '3. Fiesta de aniversario',
  'La Tesorera presenta el presupuesto de la fiesta. Acuerdos del punto:',
  '- Realizar la fiesta el sábado 18 de mayo en la sede.',
  '- Cobrar una entrada de mil pesos a los adultos.',
  '',
  'Se levanta la sesión a las 20:30 horas.',
].join('\n');

describe('a list a decision intro announces', () => {
  it('keeps a numbered list in its part, each item an agreement, and the next heading after it', () => {
    const s = segment(PARKS, 'en');
    expect(s.discussion.map((d) => d.title)).toEqual(['Call to order', 'Playground equipment', 'Trail maintenance', 'Adjournment']);
    expect(s.discussion[1]!.text).toContain('We agreed:\n\n1. Replace the swings at Elm Park\n\n2. Paint the fence around the playground');
    expect(s.agreements.map((a) => a.text)).toEqual([
      'Replace the swings at Elm Park',
      'Paint the fence around the playground',
      'Close the north trail for two weeks in June',
      'Hire a contractor to regrade the slope',
    ]);
  });

  it('splits a bulleted list after the intro into its items', () => {
    const s = segment(PARKS, 'en');
    expect(s.discussion[2]!.text).toBe('Maria Ruiz reported on the north trail. The committee agreed:\n\n- Close the north trail for two weeks in June\n\n- Hire a contractor to regrade the slope');
  });

  it('reads Spanish intros, numbered and bulleted, and no agreement of the intro itself', () => {
    const s = segment(JUNTA, 'es');
    expect(s.agreements.map((a) => a.text)).toEqual([
      'Postular al fondo con un proyecto de doce luminarias.',
      'Solicitar cotizaciones a dos empresas antes del 30 de abril.',
      'Realizar la fiesta el sábado 18 de mayo en la sede.',
      'Cobrar una entrada de mil pesos a los adultos.',
    ]);
  });
});

describe('labelled decisions in an announced list', () => {
  it('count once each', () => {
    const text = [
      'ACTA SESION ORDINARIA N° 7',
      'Junta de Vecinos Los Aromos',
      '',
      'Asistentes: Marta Leiva, presidenta; Jorge Pinto, tesorero.',
      '',
      'TABLA',
      '1. Proyectos',
      '2. Varios',
      '',
      '1. Proyectos',
      'Se revisan las postulaciones.',
      'Se acordó lo siguiente:',
      '1. Se acuerda postular al fondo de áreas verdes.',
      '2. Se acuerda pintar la sede en abril.',
      '',
      '2. Varios',
      'No hay.',
    ].join('\n');
    expect(segment(text, 'es').agreements.map((a) => [a.number, a.text])).toEqual([
      ['1', 'Se acuerda postular al fondo de áreas verdes.'],
      ['2', 'Se acuerda pintar la sede en abril.'],
    ]);
  });
});
