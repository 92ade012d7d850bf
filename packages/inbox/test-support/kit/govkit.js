/* Stand-in for the kit's CDN bundle in the inbox tests. */ export {};
