export * from './cases';
export * from './clients';
export * from './hearings';
export * from './reference';
export * from './settings';
export * from './bail';
export * from './deadlines';
export * from './petitions';
