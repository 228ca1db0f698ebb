// Reads an input in the parent (the child never touches the disk), mapping file-system errors to stable codes.
import { readFile } from 'node:fs/promises';
import { ActaError } from '../errors.js';

export async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    switch (code) {
      case 'ENOENT': throw new ActaError('file-not-found', 'no such file', 'check the path', 'read');
      case 'EACCES': case 'EPERM': throw new ActaError('file-unreadable', 'permission denied', 'make the file readable (chmod +r) or run as its owner', 'read');
      case 'EISDIR': throw new ActaError('is-directory', 'is a directory', 'pass the directory itself to acta parse, which reads the files in it', 'read');
      default: throw new ActaError('file-unreadable', `cannot read the file (${code ?? (e as Error).message})`, 'check the path and permissions', 'read');
    }
  }
}
