/**
 * Lambda@Edge limits the *compressed* size of a function's package (1 MB for viewer
 * events, 50 MB for origin events). CDK zips a directory asset only when it publishes it,
 * so at synth the compressed size is estimated here: each file deflated at zlib's best
 * level plus the zip headers. The estimate is a floor of what a zip tool produces, so a
 * package is rejected only when even its best-case zip is too large.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { directorySize } from '../limits/asset-size';

/** Local file header (30) + central directory entry (46) bytes per zip entry, before the name. */
const ZIP_ENTRY_OVERHEAD = 30 + 46;
const ZIP_END_OF_CENTRAL_DIRECTORY = 22;

/**
 * The estimated compressed size of a staged asset (a directory, or a file that is already
 * an archive). Stops counting once the estimate exceeds `stopAbove`; a directory whose
 * uncompressed size is at most `stopAbove` is returned as its uncompressed size, without
 * compressing anything.
 */
export function estimatedCompressedSize(target: string, stopAbove: number): number {
  const stat = fs.statSync(target);
  if (stat.isFile()) return stat.size;
  const uncompressed = directorySize(target);
  if (uncompressed <= stopAbove) return uncompressed;
  let total = ZIP_END_OF_CENTRAL_DIRECTORY;
  const pending = [target];
  while (pending.length > 0 && total <= stopAbove) {
    const dir = pending.pop()!;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        pending.push(full);
        continue;
      }
      if (!entry.isFile()) continue;
      const name = Buffer.byteLength(path.relative(target, full).split(path.sep).join('/'));
      total += ZIP_ENTRY_OVERHEAD + 2 * name + deflatedSize(fs.readFileSync(full));
      if (total > stopAbove) break;
    }
  }
  return total;
}

/** The estimated compressed size of inline code (CloudFormation zips it into `index.<ext>`). */
export function estimatedInlineCompressedSize(code: string): number {
  return ZIP_ENTRY_OVERHEAD + 2 * 'index.js'.length + ZIP_END_OF_CENTRAL_DIRECTORY + deflatedSize(Buffer.from(code, 'utf-8'));
}

/** A zip stores an entry uncompressed when deflating does not make it smaller. */
function deflatedSize(content: Buffer): number {
  return Math.min(content.length, zlib.deflateRawSync(content, { level: zlib.constants.Z_BEST_COMPRESSION }).length);
}
