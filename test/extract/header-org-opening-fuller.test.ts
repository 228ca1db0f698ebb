// A Spanish letterhead's body ("CONSEJO DE FACULTAD") named in full by the opening sentence ("el Consejo de la
// Facultad de Artes ...") is read as the sentence names it.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('the opening sentence names the letterhead\'s body in full', () => {
  it('gives the fuller name, from the last start holding every word', () => {
    const h = segment('Universidad del Valle Alto\nCONSEJO DE FACULTAD\nACTA N° 7 – SESIÓN ORDINARIA\n\nEn la ciudad de Piedras Rojas, el día 3 de marzo de 2020, siendo la hora 17:00, se reúne en la Sala del Consejo el Consejo de la Facultad de Artes Visuales, con la presidencia del Decano, Dr. Luis Pereyra Soto, y con la asistencia de los siguientes consejeros: Prof. Ana Ruiz, Prof. Juan Díaz.\n\n1. Aprobación del acta anterior.\nSe aprueba por unanimidad.\n', 'es').header;
    expect(h.organization).toBe('Consejo de la Facultad de Artes Visuales');
  });
  it('keeps the letterhead when no sentence names it more fully', () => {
    const h = segment('SINDICATO DE TRABAJADORES DEL PUERTO\nACTA DE ASAMBLEA ORDINARIA\n\nEn Puerto Viejo, a 3 de marzo de 2020, siendo las 18:00 horas, se reúnen los socios en la sede sindical, con la presidencia de Ana Ruiz.\n\n1. Cuenta de la directiva.\nSe informa de las gestiones del mes.\n', 'es').header;
    expect(h.organization).toBe('SINDICATO DE TRABAJADORES DEL PUERTO');
  });
});
