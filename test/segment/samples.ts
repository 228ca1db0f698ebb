// Hand-written minutes used by the segmentation tests (invented people and places).
export const SPANISH = `MUNICIPALIDAD DE VALLE ALTO
ACTA SESIÓN ORDINARIA N° 12
CONCEJO MUNICIPAL DE VALLE ALTO

En Valle Alto, a 5 de marzo de 2019, siendo las 9.30 horas, en la Sala de Concejo de la Municipalidad, se da inicio a la Sesión Ordinaria N° 12 del Concejo Municipal, presidida por el Alcalde don Pedro Soto Lagos.

Asisten los concejales señores Juan Pérez Rojas y Luis Mora Díaz, y la concejala señora Ana Vera Toro.

Se excusa la concejala señora Marta Ríos Paz, por razones de salud.

TABLA
1. Aprobación del acta anterior.
2. Cuenta del Alcalde.
3. Varios.
1. Aprobación del acta anterior.

El acta se aprueba sin observaciones.

ACUERDO N° 40: Se aprueba el acta de la sesión anterior.

2. Cuenta del Alcalde.

El Alcalde informó sobre las obras del camino vecinal.

3. Varios.

La concejala Vera solicitó reparar la plaza antes del 30 de abril.

ACUERDOS
1. Reparar la plaza del sector norte antes del 30 de abril.
Responsable: Dirección de Obras.

Se levanta la sesión a las 11:45 horas.

Próxima sesión: martes 19 de marzo de 2019, a las 9:30 horas.

Acta redactada por: Carla Núñez Silva, Secretaria Municipal.
Distribución: Concejales y Alcaldía.`;

export const ENGLISH = `TOWN OF MAPLE RIDGE
MINUTES OF THE REGULAR MEETING OF THE PLANNING BOARD
April 2, 2015

The regular meeting of the Maple Ridge Planning Board was called to order at 7:05 PM in the Community Room of Town Hall, 12 Elm Road.

Present: Chair Susan Clark; Members Tom Reed, Amy Lowe, and Raj Patel.
Absent: Member Dan Frost (excused).
Guests: Laura King (engineer, King & Moss LLC)

AGENDA
1. Approval of minutes
2. Site plan review

1. Approval of minutes

Motion by Reed, seconded by Lowe, to approve the minutes of March 5. Motion carried 4-0.

2. Site plan review

The board reviewed the drainage plan.

RESOLVED, that the site plan for 40 Oak Lane is approved.

Action items
Send approval letter — Amy Lowe — April 10, 2015

The meeting was adjourned at 8:40 PM.

Next meeting: May 7, 2015.

Minutes recorded by Amy Lowe, Secretary.`;
