package com.trunkreleasehelper.progress;

class InMemoryProgressStoreTest extends ProgressStoreContract {

    @Override
    ProgressStore emptyStore() {
        return new InMemoryProgressStore();
    }
}
