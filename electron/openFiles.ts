/**
 * Board files the operating system asks the app to open: a double-click (a path on the command
 * line on Windows and Linux, the 'open-file' event on macOS, which can come before 'ready'), or a
 * second launch with a file.
 *
 * Until the page says it is listening, a file waits here; the page asks for it exactly once at
 * start-up with takePendingFile() (which also marks it as listening). Files that arrive later go
 * to the page as an 'open-file' menu command. Reading uses the same size limit and strict UTF-8
 * check as the open dialog (ipc.readFileForRenderer). If several files arrive before the page
 * listens, the last one wins: the app opens one board at a time. While the page is stuck (not
 * responding), files wait too: it may be reloaded, and a file sent to it would be lost with it.
 */
import type { OpenFileResult } from '../shared/ipc';

export interface OpenedFile {
  readonly name: string;
  readonly text: string;
}

export interface FileInboxDeps {
  readonly read: (filePath: string) => Promise<OpenFileResult>;
  /** Sends the file to the listening page; false when there is no page to send it to. */
  readonly deliver: (file: OpenedFile) => boolean;
  /** Shows why a file could not be opened. */
  readonly reportFailure: (message: string, filePath: string) => void;
  /** A file was read successfully (recent files): its path and its text. */
  readonly onOpened: (filePath: string, text: string) => void;
}

export class FileInbox {
  private pending: string | null = null;
  private listening = false;
  /** Listening, but stuck: files wait until it responds again (or is replaced). */
  private stuck = false;

  constructor(private readonly deps: FileInboxDeps) {}

  /** Holds the file until the page listens, or hands it over at once. */
  receive(filePath: string): void {
    if (!this.listening) {
      this.pending = filePath;
      return;
    }
    void this.read(filePath).then((file) => {
      if (file === null) return;
      // The page went away while the file was read (closed, reloaded, its renderer died): keep the
      // file for the next page, unless a later file already waits there (the last one wins).
      if (!this.listening || !this.deps.deliver(file)) {
        this.listening = false;
        this.pending ??= filePath;
      }
    });
  }

  /** The page is listening now: hands out the waiting file (once) or null. */
  async take(): Promise<OpenedFile | null> {
    this.listening = true;
    this.stuck = false;
    const filePath = this.pending;
    this.pending = null;
    return filePath === null ? null : this.read(filePath);
  }

  /** The page is being replaced (reload, window closed): hold files until it asks again. */
  pageGone(): void {
    this.listening = false;
    this.stuck = false;
  }

  /** The listening page stopped responding: hold files, it may be reloaded. */
  pageStuck(): void {
    if (!this.listening) return;
    this.listening = false;
    this.stuck = true;
  }

  /** The stuck page responds again, and still listens: the file that waited goes to it now. */
  pageResponsive(): void {
    if (!this.stuck) return;
    this.stuck = false;
    this.listening = true;
    const filePath = this.pending;
    this.pending = null;
    if (filePath !== null) this.receive(filePath);
  }

  private async read(filePath: string): Promise<OpenedFile | null> {
    const result = await this.deps.read(filePath);
    if (result.status === 'opened') {
      this.deps.onOpened(filePath, result.text);
      return { name: result.name, text: result.text };
    }
    if (result.status === 'failed') this.deps.reportFailure(result.message, filePath);
    return null;
  }
}
