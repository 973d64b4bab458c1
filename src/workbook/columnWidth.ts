/**
 * Column widths: a file stores characters of the default font (Calibri 11: 7 px a character plus 5 px padding,
 * ECMA-376 §18.3.1.13), Office.js points (0.75 pt a pixel). One conversion each way, so a width the plan gives in
 * characters reaches the file and the pane alike, and the preview's download gives back what the pane set.
 */
export const charactersToPoints = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

export const pointsToCharacters = (points: number) => Math.max(1, (points / 0.75 - 5) / 7);
