import { parentPort } from 'node:worker_threads';
import { runTask, type ConvertTask } from './task.js';

// A worker thread converts the files the pool sends it, one at a time.
parentPort?.on('message', (task: ConvertTask) => {
  void runTask(task).then((outcome) => parentPort?.postMessage(outcome));
});
