/**
 * Just enough of Electron's main-process API to run electron/main/index.ts under plain
 * Node (no Electron binary here): it records what main asks for and lets a test play
 * the parts Electron would (a sender frame, a protocol request, a web contents event).
 */
import { EventEmitter } from 'node:events';

export interface FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void;
  send(channel: string, payload: unknown): void;
  getURL(): string;
  sent: Array<[string, unknown]>;
  url: string;
}

export function fakeWebContents(): FakeWebContents {
  const contents = new EventEmitter() as FakeWebContents;
  contents.windowOpenHandler = null;
  contents.sent = [];
  contents.url = '';
  contents.setWindowOpenHandler = (handler) => (contents.windowOpenHandler = handler);
  contents.send = (channel, payload) => contents.sent.push([channel, payload]);
  contents.getURL = () => contents.url;
  return contents;
}

/** A fresh fake, with its call log. */
export function createFakeElectron() {
  const log: string[] = [];
  const paths = new Map<string, string>([['userData', '/nonexistent/default-user-data']]);
  const appEvents = new EventEmitter();
  const handlers = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
  let protocolHandler: ((request: Request) => Promise<Response>) | null = null;
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const windows: FakeBrowserWindow[] = [];
  const trays: FakeTray[] = [];
  const opened: string[] = [];
  const errorBoxes: Array<[string, string]> = [];
  const exitCodes: number[] = [];
  const permission = { request: null as null | ((...args: unknown[]) => void), check: null as null | ((...args: unknown[]) => boolean) };

  class FakeBrowserWindow extends EventEmitter {
    readonly options: Record<string, unknown>;
    readonly webContents = fakeWebContents();
    destroyed = false;
    minimized = false;
    shown = 0;
    focused = 0;
    loaded: string[] = [];

    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }

    static getAllWindows() {
      return windows.filter((window) => !window.destroyed);
    }

    async loadURL(url: string) {
      this.loaded.push(url);
      this.webContents.url = url;
    }

    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    show() {
      this.shown++;
    }
    focus() {
      this.focused++;
    }
  }

  class FakeTray extends EventEmitter {
    tooltip = '';
    menu: Array<{ label?: string; enabled?: boolean; type?: string; click?: () => void }> = [];
    images: unknown[] = [];
    destroyed = false;
    constructor(image: unknown) {
      super();
      this.images.push(image);
      trays.push(this);
    }
    setImage(image: unknown) {
      this.images.push(image);
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu(menu: { items: FakeTray['menu'] }) {
      this.menu = menu.items;
    }
    destroy() {
      this.destroyed = true;
    }
  }

  const notifications: FakeNotification[] = [];
  const powerMonitor = new EventEmitter();
  const network = { online: true };

  class FakeNotification extends EventEmitter {
    static isSupported() {
      return true;
    }
    readonly options: Record<string, unknown>;
    shown = false;
    closed = false;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      notifications.push(this);
    }
    show() {
      this.shown = true;
    }
    close() {
      this.closed = true;
    }
  }

  const module = {
    app: {
      setPath: (name: string, value: string) => {
        log.push(`setPath ${name}`);
        paths.set(name, value);
      },
      getPath: (name: string) => paths.get(name) ?? `/nonexistent/${name}`,
      getVersion: () => '0.0.0-test',
      requestSingleInstanceLock: () => {
        log.push('requestSingleInstanceLock');
        return true;
      },
      enableSandbox: () => log.push('enableSandbox'),
      on: (event: string, listener: (...args: unknown[]) => void) => {
        log.push(`on ${event}`);
        appEvents.on(event, listener);
      },
      whenReady: () => ready,
      quit: () => log.push('quit'),
      exit: (code: number) => exitCodes.push(code),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => log.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        log.push(`protocol.handle ${scheme}`);
        protocolHandler = handler;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => (permission.request = handler),
        setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => (permission.check = handler),
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, request: unknown) => Promise<unknown>) => handlers.set(channel, handler),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    shell: {
      openExternal: async (url: string) => {
        opened.push(url);
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string) => errorBoxes.push([title, content]),
    },
    // The OS key store: a reversible stand-in that visibly changes the bytes, so a test
    // can tell a sealed value from a plain one in secrets.json.
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(`sealed:${[...plain].reverse().join('')}`, 'utf8'),
      decryptString: (sealed: Buffer) => [...sealed.toString('utf8').replace(/^sealed:/, '')].reverse().join(''),
    },
    nativeImage: {
      createFromBuffer: (buffer: Buffer) => ({ buffer, addRepresentation: () => {} }),
    },
    Menu: {
      buildFromTemplate: (items: FakeTray['menu']) => ({ items }),
    },
    BrowserWindow: FakeBrowserWindow,
    Tray: FakeTray,
    Notification: FakeNotification,
    powerMonitor,
    net: { isOnline: () => network.online },
  };

  return {
    module,
    log,
    paths,
    appEvents,
    handlers,
    windows,
    trays,
    notifications,
    powerMonitor,
    network,
    opened,
    errorBoxes,
    exitCodes,
    permission,
    markReady: () => {
      log.push('ready');
      resolveReady();
    },
    protocolHandler: () => protocolHandler,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
