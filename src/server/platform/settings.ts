import { gs } from '@servicenow/glide'
import { PROPERTY_PREFIX, Settings, readSettings } from '../core/settings.ts'

export function loadSettings(): Settings {
    return readSettings((name) => gs.getProperty(PROPERTY_PREFIX + name, null as unknown as string))
}
