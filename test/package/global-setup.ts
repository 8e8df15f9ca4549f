import { packAndInstall } from './scratch'

export default function setup({ provide }: { provide: (key: string, value: string) => void }) {
  provide('tarball', packAndInstall())
}
