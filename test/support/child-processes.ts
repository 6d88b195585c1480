import {readdir, readFile} from 'node:fs/promises'

/** This process's child processes, each with its command (from /proc: a stat line's fourth field is the parent's pid). */
export async function childProcesses(): Promise<{pid: number; command: string}[]> {
  const children: {pid: number; command: string}[] = []
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
    const [, command = '', rest = ''] = /^\d+ \((.*)\) (.*)$/s.exec(stat) ?? []
    if (rest.split(' ')[1] === String(process.pid)) children.push({pid: Number(pid), command})
  }
  return children
}
