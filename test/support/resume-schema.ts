// Unit tests hold the resume body to the same schema check the Graph emulator uses.
export * from '../../scripts/emulator/resume-schema.ts'
