import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './build-api';

// Sandboxed preload: 'electron' is the only module it may load at runtime.
contextBridge.exposeInMainWorld('api', buildApi(ipcRenderer));
