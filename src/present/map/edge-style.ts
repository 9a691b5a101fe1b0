/**
 * Stroke width and opacity of a Kaart 1 line for `shared` cooperations out of a maximum `max`:
 * t = √((shared − 1) / (max − 1)), width = 0.5 + 2t, opacity = 0.3 + 0.55t (rounded to 0.1 and
 * 0.01). The square root keeps the many low counts visible. One module without dependencies, so
 * the build's SVG and the browser's canvas layer import the same function.
 */
export function edgeStyle(shared: number, max: number): { width: number; opacity: number } {
  const t = max > 1 ? Math.sqrt((shared - 1) / (max - 1)) : 1;
  return { width: Math.round((0.5 + 2 * t) * 10) / 10, opacity: Math.round((0.3 + 0.55 * t) * 100) / 100 };
}
