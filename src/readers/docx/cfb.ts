/**
 * Names of the streams in an OLE compound file (CFB, "D0 CF 11 E0"): enough to
 * tell a password-protected .docx (EncryptionInfo + EncryptedPackage) from an old
 * binary Word document (WordDocument). Reads the header, the FAT and the
 * directory chain; returns null when the structure does not hold together.
 */

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_SECTORS = 1 << 20;

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

export function cfbStreamNames(bytes: Uint8Array): string[] | null {
  if (!isCfb(bytes) || bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (off: number): number => (off + 4 <= bytes.length ? view.getUint32(off, true) : END_OF_CHAIN);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorOffset = (s: number): number => (s + 1) * sectorSize;

  // FAT sectors: the first 109 are listed in the header, the rest in DIFAT sectors.
  const fatSectors: number[] = [];
  const numFat = u32(0x2c);
  for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  let guard = 0;
  while (difat !== END_OF_CHAIN && difat !== FREE && fatSectors.length < numFat && guard++ < MAX_SECTORS) {
    const base = sectorOffset(difat);
    const per = sectorSize / 4 - 1;
    for (let i = 0; i < per && fatSectors.length < numFat; i++) fatSectors.push(u32(base + i * 4));
    difat = u32(base + per * 4);
  }
  const fatAt = (s: number): number => {
    const perSector = sectorSize / 4;
    const fs = fatSectors[Math.floor(s / perSector)];
    if (fs === undefined) return END_OF_CHAIN;
    return u32(sectorOffset(fs) + (s % perSector) * 4);
  };

  const names: string[] = [];
  let dir = u32(0x30);
  const seen = new Set<number>();
  while (dir !== END_OF_CHAIN && dir !== FREE && !seen.has(dir) && seen.size < MAX_SECTORS) {
    seen.add(dir);
    const base = sectorOffset(dir);
    if (base + sectorSize > bytes.length) return names.length > 0 ? names : null;
    for (let e = 0; e < sectorSize / 128; e++) {
      const off = base + e * 128;
      const nameLen = view.getUint16(off + 0x40, true);
      const type = bytes[off + 0x42];
      if (type === 0 || nameLen < 2 || nameLen > 64) continue;
      let name = '';
      for (let k = 0; k < nameLen - 2; k += 2) name += String.fromCharCode(view.getUint16(off + k, true));
      names.push(name);
    }
    dir = fatAt(dir);
  }
  return names.length > 0 ? names : null;
}

/** Fallback when the directory cannot be walked: look for a UTF-16LE stream name anywhere. */
export function containsUtf16(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}
