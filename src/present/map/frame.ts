/**
 * A map frame: RD New metres → SVG user units with d3-geo `geoIdentity().reflectY(true)` fitted to
 * the given extent (RD y runs north, SVG y runs down). Paths are rounded to 1 decimal and points
 * closer than `simplify` units to the previous kept point are dropped, which keeps files small and
 * output deterministic without visible change at the rendered size.
 */
import { geoIdentity, geoPath, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';

export interface Frame {
  width: number;
  height: number;
  /** RD metres → SVG units, rounded to 1 decimal. */
  project(p: readonly [number, number]): [number, number];
  /** SVG path data ("" for empty geometry). */
  path(object: GeoPermissibleObjects): string;
  /** SVG units per RD metre (for scale-aware widths). */
  scale: number;
}

export interface FrameOptions {
  /** Padding inside the viewBox on every side, in SVG units. */
  padding?: number;
  /** Drop points closer than this many SVG units to the previous kept point (default 0.4). */
  simplify?: number;
  /** Clip geometry to the viewBox (useful for zoomed-in maps). */
  clip?: boolean;
}

export const round1 = (v: number): number => Math.round(v * 10) / 10 + 0;

function simplifyStream(out: GeoStream, tolerance: number): GeoStream {
  const tol2 = tolerance * tolerance;
  let first = true;
  let lastX = 0;
  let lastY = 0;
  let pending = false;
  let pendingX = 0;
  let pendingY = 0;
  return {
    point(x: number, y: number) {
      if (first) {
        out.point(x, y);
        lastX = x;
        lastY = y;
        first = false;
        return;
      }
      const dx = x - lastX;
      const dy = y - lastY;
      if (dx * dx + dy * dy >= tol2) {
        out.point(x, y);
        lastX = x;
        lastY = y;
        pending = false;
      } else {
        pending = true;
        pendingX = x;
        pendingY = y;
      }
    },
    lineStart() {
      first = true;
      pending = false;
      out.lineStart();
    },
    lineEnd() {
      // Keep the last point of a line so shared borders end where their neighbours start.
      if (pending) out.point(pendingX, pendingY);
      pending = false;
      out.lineEnd();
    },
    polygonStart() {
      out.polygonStart();
    },
    polygonEnd() {
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

/**
 * Frames per extent object and size. Every profile page fits a frame to the same country-wide
 * collection; fitting streams all its geometry twice, so a frame is made once per extent and size
 * and shared (frames are immutable).
 */
const frameCache = new WeakMap<object, Map<string, Frame>>();

/**
 * Fit `extent` (any GeoJSON in RD metres) into a `width`-wide frame. Height follows the extent's
 * aspect ratio unless given, so the map has no empty bands.
 */
export function makeFrame(
  extent: GeoPermissibleObjects,
  width: number,
  height: number | null = null,
  options: FrameOptions = {},
): Frame {
  let perExtent = frameCache.get(extent);
  if (!perExtent) frameCache.set(extent, (perExtent = new Map()));
  const key = `${width}|${height}|${options.padding}|${options.simplify}|${options.clip === true}`;
  let frame = perExtent.get(key);
  if (!frame) perExtent.set(key, (frame = fitFrame(extent, width, height, options)));
  return frame;
}

function fitFrame(extent: GeoPermissibleObjects, width: number, height: number | null, options: FrameOptions): Frame {
  const padding = options.padding ?? 8;
  const probe = geoIdentity().reflectY(true);
  const [[x0, y0], [x1, y1]] = geoPath(probe).bounds(extent);
  const w = Math.max(x1 - x0, 1);
  const h = Math.max(y1 - y0, 1);
  const fittedHeight = height ?? Math.round(((width - 2 * padding) * h) / w + 2 * padding);
  const projection = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [padding, padding],
        [width - padding, fittedHeight - padding],
      ],
      extent,
    );
  if (options.clip) projection.clipExtent([[0, 0], [width, fittedHeight]]);
  const tolerance = options.simplify ?? 0.4;
  const simplified = {
    stream: (out: GeoStream) => projection.stream(tolerance > 0 ? simplifyStream(out, tolerance) : out),
  };
  const generator = geoPath(simplified).digits(1);
  // Geometry objects are not changed once made, and the same borders and areas are drawn on many
  // maps of one frame, so each object's path data is computed once per frame.
  const paths = new WeakMap<object, string>();
  return {
    width,
    height: fittedHeight,
    scale: projection.scale(),
    project(p) {
      const q = projection([p[0], p[1]]) ?? [0, 0];
      return [round1(q[0]), round1(q[1])];
    },
    path(object) {
      let d = paths.get(object);
      if (d === undefined) paths.set(object, (d = generator(object) ?? ''));
      return d;
    },
  };
}
