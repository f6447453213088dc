/**
 * Measures staged assets: the unzipped size of a directory, or of the entries of
 * a zip archive (read from its central directory, without extracting it).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

/** Total size in bytes of the files under a path (a file's own size for a file). */
export function directorySize(target: string): number {
  const stat = fs.lstatSync(target);
  if (stat.isFile()) {
    return target.toLowerCase().endsWith('.zip') ? zipUncompressedSize(target) ?? stat.size : stat.size;
  }
  if (!stat.isDirectory()) return 0;
  let total = 0;
  const pending = [target];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) total += fs.statSync(full).size;
    }
  }
  return total;
}

/**
 * The sum of the uncompressed sizes in a zip file's central directory, or
 * undefined when the file is not a readable zip (ZIP64 archives report 0xFFFFFFFF
 * sizes, which are also treated as unknown).
 */
export function zipUncompressedSize(file: string): number | undefined {
  const buffer = fs.readFileSync(file);
  const endOfCentralDirectory = 0x06054b50;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65_557); i--) {
    if (buffer.readUInt32LE(i) !== endOfCentralDirectory) continue;
    const entries = buffer.readUInt16LE(i + 10);
    let offset = buffer.readUInt32LE(i + 16);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) return undefined;
      const size = buffer.readUInt32LE(offset + 24);
      if (size === 0xffffffff) return undefined;
      total += size;
      offset += 46 + buffer.readUInt16LE(offset + 28) + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
    }
    return total;
  }
  return undefined;
}

/**
 * The size of the zip archive a staged asset is uploaded as: a `.zip` file's own size, or for
 * a directory an estimate of the archive CDK builds from it (every file deflated at level 9,
 * plus the local header, central directory entry and end record of the zip format).
 */
export function compressedSize(target: string): number {
  const stat = fs.lstatSync(target);
  if (stat.isFile()) {
    return target.toLowerCase().endsWith('.zip') ? stat.size : zipEntrySize(path.basename(target), fs.readFileSync(target));
  }
  if (!stat.isDirectory()) return 0;
  const endOfCentralDirectory = 22;
  let total = endOfCentralDirectory;
  const pending = [target];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) total += zipEntrySize(path.relative(target, full), fs.readFileSync(full));
    }
  }
  return total;
}

/** One zip entry: local header (30) + central directory entry (46) + the name twice + the data, stored or deflated. */
function zipEntrySize(name: string, data: Buffer): number {
  const nameBytes = Buffer.byteLength(name);
  const deflated = zlib.deflateRawSync(data, { level: 9 }).length;
  return 30 + 46 + 2 * nameBytes + Math.min(deflated, data.length);
}
