export const relu = (x) => Math.max(0, x); // café crème
